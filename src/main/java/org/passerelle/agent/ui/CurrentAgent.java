package org.passerelle.agent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in agent's user name, read from the request that opened the console and kept in the
 * session (push requests may not carry the principal).
 */
@SpringComponent
@UIScope
class CurrentAgent {

    private static final String KEY = CurrentAgent.class.getName();

    String name() {
        VaadinSession session = VaadinSession.getCurrent();
        Object cached = session == null ? null : session.getAttribute(KEY);
        if (cached instanceof String name) {
            return name;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        Principal principal = request == null ? null : request.getUserPrincipal();
        if (principal == null) {
            throw new IllegalStateException("the agent console needs a signed-in agent");
        }
        if (session != null) {
            session.setAttribute(KEY, principal.getName());
        }
        return principal.getName();
    }

    Optional<Button> logoutButton(String label) {
        return Optional.empty();
    }
}
