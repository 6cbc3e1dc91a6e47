package org.passerelle.security.ui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.passerelle.security.Roles;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read the operator's endpoints ({@code /actuator/prometheus}, {@code /actuator/info}): a signed-in
 * administrator, or a metrics scraper that sends the configured token as {@code Authorization: Bearer …} (Prometheus'
 * {@code authorization.credentials}). A scraper has no account: an account of its own would be an administrator's,
 * with an administrator's screens. No token configured: administrators only.
 */
final class OperatorAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private static final String BEARER = "Bearer ";
    private static final String ADMIN = "ROLE_" + Roles.ADMIN;

    private final byte[] token;

    OperatorAccess(String token) {
        this.token = token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        return new AuthorizationDecision(admin(authentication.get()) || tokenSent(context.getRequest()
                .getHeader("Authorization")));
    }

    private static boolean admin(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(ADMIN::equals);
    }

    private boolean tokenSent(String header) {
        if (token.length == 0 || header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        // In constant time: a comparison that stops at the first wrong byte tells a guesser how far it got.
        return MessageDigest.isEqual(token, header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
    }
}
