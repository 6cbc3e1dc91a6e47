package org.passerelle.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The staff member signed in to the current Vaadin session, for views: who they are, what they may do, and
 * signing out. Inject it into a view ({@code AgentView(CurrentUser user)}); it reads the security context of
 * the request or UI being handled, so one shared instance serves every session.
 */
@Component
public class CurrentUser {

    private final ObjectProvider<AuthenticationContext> authentication;
    private final UserService users;

    /**
     * The authentication context is looked up when asked for: an application started without Vaadin's
     * web security (a command, a headless test) still builds the services that use this class, and there
     * nobody is signed in.
     */
    CurrentUser(ObjectProvider<AuthenticationContext> authentication, UserService users) {
        this.authentication = authentication;
        this.users = users;
    }

    /** The signed-in username, in lower case; empty for an anonymous kiosk session. */
    public Optional<String> username() {
        AuthenticationContext context = authentication.getIfAvailable();
        return context != null && context.isAuthenticated() ? context.getPrincipalName() : Optional.empty();
    }

    /** The name to show ("Alex Martin"), the username if the account has none, or empty when nobody is signed in. */
    public Optional<String> displayName() {
        return username().map(username -> users.findDisplayName(username).orElse(username));
    }

    /** Whether the signed-in user has {@code role}, one of {@link Roles}. */
    public boolean hasRole(String role) {
        AuthenticationContext context = authentication.getIfAvailable();
        return context != null && context.hasRole(role);
    }

    /**
     * Signs out: invalidates the HTTP session (and with it the Vaadin session) and sends every open tab of it to
     * the login view. Call it from a click listener, e.g. a "Sign out" button in the agent console.
     */
    public void logout() {
        AuthenticationContext context = authentication.getIfAvailable();
        if (context != null) {
            context.logout();
        }
    }
}
