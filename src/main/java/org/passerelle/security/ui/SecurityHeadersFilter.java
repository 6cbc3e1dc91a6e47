package org.passerelle.security.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on every response, before anything else runs. Spring Security writes the same ones for the
 * requests its filter chain handles, but Vaadin has some requests bypass that chain (its bootstrap page among them,
 * which is why the kiosk's pages carried only {@code X-Frame-Options}); this filter sits in front of all of them.
 * Static files that set their own {@code Cache-Control} replace the no-store set here.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        chain.doFilter(request, response);
    }
}
