package org.passerelle.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * In front of every {@code /api/} request, after CORS: gives it its request id ({@link RequestIds}), refuses a body
 * that says it is larger than {@code passerelle.api.max-body} (413, before a byte is read; one without a length is cut
 * there as it is read, {@link BodyLimit}), and counts it against its client's limits ({@link ApiRateLimits}: 429 with
 * {@code Retry-After}). A refused request reaches no controller and stores nothing.
 */
final class ApiFilter extends OncePerRequestFilter {

    /** The path of the assistant's answers, which have a limit of their own. */
    static final String ANSWERS = "/api/v1/answers";

    private final ApiSettings settings;
    private final ApiRateLimits limits;
    private final JsonMapper json;

    ApiFilter(ApiSettings settings, ApiRateLimits limits, JsonMapper json) {
        this.settings = settings;
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(RequestIds.HEADER, RequestIds.of(request));
        long max = settings.maxBody().toBytes();
        if (request.getContentLengthLong() > max) {
            // The body is not read: the connection is closed rather than drained.
            response.setHeader(HttpHeaders.CONNECTION, "close");
            Problems.write(request, response, json, HttpStatus.CONTENT_TOO_LARGE, "body-too-large");
            return;
        }
        boolean question = HttpMethod.POST.matches(request.getMethod())
                && ANSWERS.equals(request.getRequestURI().substring(request.getContextPath().length()));
        OptionalLong wait = limits.take(request.getRemoteAddr(), question);
        if (wait.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
            Problems.write(request, response, json, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", wait.getAsLong());
            return;
        }
        chain.doFilter(new BodyLimit(request, max), response);
    }
}
