package org.passerelle.security;

import java.util.Set;

/**
 * The staff roles. A view declares who may open it with {@code @RolesAllowed(Roles.AGENT)}; Spring Security
 * holds them as authorities {@code ROLE_AGENT}, … Citizens have no role and no account: kiosk views are
 * {@code @AnonymousAllowed}. A service checks for an administrator with {@link UserService#requireAdmin()}.
 */
public final class Roles {

    /** Answers help requests in the agent console. */
    public static final String AGENT = "AGENT";
    /** Edits guides and the knowledge base. */
    public static final String EDITOR = "EDITOR";
    /** Manages staff accounts and settings. */
    public static final String ADMIN = "ADMIN";

    /** Every role, for validation. */
    public static final Set<String> ALL = Set.of(AGENT, EDITOR, ADMIN);

    private Roles() {
    }
}
