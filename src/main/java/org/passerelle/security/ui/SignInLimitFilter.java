package org.passerelle.security.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.passerelle.security.LoginThrottle;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link LoginThrottle} in front of Spring Security's form login: a sign-in over a limit is not checked at all
 * (no password hash is computed) and goes back to the login view with {@code ?locked}, which says in the person's
 * language to wait; the outcome of every other attempt is counted. It runs after the CSRF filter, so a forged
 * cross-site post is refused before it can count against anyone.
 */
final class SignInLimitFilter extends OncePerRequestFilter {

    static final String LOCKED = "locked";

    private final LoginThrottle throttle;
    private final RequestMatcher signIn = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, SecurityConfiguration.LOGIN_PATH);

    SignInLimitFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!signIn.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        String username = Optional.ofNullable(request.getParameter("username")).orElse("");
        String client = request.getRemoteAddr();
        if (throttle.check(username, client).isPresent()) {
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PATH + "?" + LOCKED);
            return;
        }
        chain.doFilter(request, response);
        // The form login filter ends the chain here: signed in, or the context cleared and sent to ?error.
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            throttle.succeeded(username, client);
        } else {
            throttle.failed(username, client);
        }
    }
}
