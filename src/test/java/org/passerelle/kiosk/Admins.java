package org.passerelle.kiosk;

import java.util.List;
import java.util.function.Supplier;
import org.passerelle.security.Roles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a step as a signed-in administrator on this thread, as the admin screen would. */
public final class Admins {

    private Admins() {
    }

    public static <T> T as(String admin, Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public static void as(String admin, Runnable action) {
        as(admin, () -> {
            action.run();
            return null;
        });
    }
}
