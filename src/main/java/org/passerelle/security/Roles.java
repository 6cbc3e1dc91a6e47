package org.passerelle.security;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The staff roles. A view declares who may open it with {@code @RolesAllowed(Roles.AGENT)}; Spring Security
 * holds them as authorities {@code ROLE_AGENT}, … Citizens have no role and no account: kiosk views are
 * {@code @AnonymousAllowed}.
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

    /**
     * The signed-in administrator's username as given at sign-in; refuses anyone else, whatever screen called. Services
     * call it first in every change that only administrators may make.
     */
    public static String requireAdmin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getAuthorities().stream().noneMatch(a -> ("ROLE_" + ADMIN).equals(a.getAuthority()))) {
            throw new AccessDeniedException("administrators only");
        }
        return auth.getName();
    }
}
