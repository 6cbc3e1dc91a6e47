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

    /**
     * What Vaadin Flow needs and no more: its bootstrap and components use inline styles and scripts, and
     * {@code executeJs} runs through {@code new Function} ({@code 'unsafe-eval'}); push and the UIDL requests go to
     * the same origin ({@code 'self'} covers the same-origin WebSocket). No other origin can load a script, be
     * framed or receive the login form. QR codes and icons are inline SVG or data URIs.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' data: blob:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");
    /** A kiosk needs none of these; speech synthesis is not a permission. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), display-capture=()";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        chain.doFilter(request, response);
    }
}
