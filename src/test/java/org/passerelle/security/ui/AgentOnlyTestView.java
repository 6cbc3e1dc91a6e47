package org.passerelle.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Roles;

/** A view only agents may open, standing in for the agent console in the access tests; it can sign out. */
@Route("test/agent-only")
@RolesAllowed(Roles.AGENT)
public class AgentOnlyTestView extends Div {

    public AgentOnlyTestView(CurrentUser user) {
        Span who = new Span("agents only: " + user.displayName().orElse("nobody"));
        who.addClassName("who");
        Button signOut = new Button(getTranslation("security.signOut"), e -> user.logout());
        signOut.addClassName("sign-out");
        add(who, signOut);
    }
}
