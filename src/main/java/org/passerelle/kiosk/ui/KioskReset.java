package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.passerelle.kiosk.KioskSettings;

/**
 * Forgets the person at the kiosk: their help request ends (cancelled, or "citizen left"), the session state is cleared, and
 * every open tab of this kiosk closes its dialogs, drops what the browser still shows (fields, speech,
 * the current history entry) and returns to the welcome screen with default settings.
 */
@SpringComponent
class KioskReset {

    private final HelpDesk helpDesk;
    private final KioskSettings settings;

    KioskReset(HelpDesk helpDesk, KioskSettings settings) {
        this.helpDesk = helpDesk;
        this.settings = settings;
    }

    /** Why the kiosk is cleared: it decides how an open help request ends. */
    enum Why {
        /** The person chose "Finish and clear": their request is cancelled, as they asked. */
        FINISHED,
        /** Nobody answered "Are you still there?": the request ends as "citizen left". */
        LEFT
    }

    void reset(KioskSession session, Why why) {
        if (why == Why.LEFT) {
            helpDesk.citizenLeft(session);
        } else {
            helpDesk.cancel(session);
        }
        session.clear();
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        List<UI> uis = vaadinSession != null ? List.copyOf(vaadinSession.getUIs()) : List.of(UI.getCurrent());
        for (UI ui : uis) {
            if (ui == UI.getCurrent()) {
                forget(ui);
            } else {
                ui.access(() -> forget(ui));
            }
        }
    }

    private void forget(UI ui) {
        ui.getChildren().filter(Dialog.class::isInstance).map(Dialog.class::cast).toList().forEach(Dialog::close);
        ui.setLocale(settings.defaultLanguage().locale());
        ui.navigate(KioskRoutes.WELCOME);
        ui.getPage().executeJs("window.passerelle && window.passerelle.display($0, 0, false);"
                + "window.passerelle && window.passerelle.forget()", settings.defaultLanguage().code());
    }
}
