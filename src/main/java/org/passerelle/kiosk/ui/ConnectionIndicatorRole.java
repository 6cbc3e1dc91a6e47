package org.passerelle.kiosk.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * Vaadin's connection indicator ("Online", "Connection lost…") is a status message that Vaadin puts at the end of
 * the body, outside every landmark, on every screen of the application (kiosk and staff alike). Given the role it
 * has — {@code status}, a live region that says when the connection drops and returns — screen readers announce
 * it, and it is no longer loose page content (axe's "region" rule) instead of being excluded from the audit.
 */
@SpringComponent
class ConnectionIndicatorRole implements VaadinServiceInitListener {

    static final String SCRIPT = """
            const mark = () => {
              const indicator = document.querySelector('vaadin-connection-indicator');
              if (indicator) { indicator.setAttribute('role', 'status'); }
              return indicator !== null;
            };
            if (!mark()) {
              new MutationObserver((changes, observer) => { if (mark()) { observer.disconnect(); } })
                  .observe(document.body, {childList: true});
            }""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(SCRIPT));
    }
}
