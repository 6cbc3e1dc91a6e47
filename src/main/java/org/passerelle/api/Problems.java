package org.passerelle.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.passerelle.i18n.Messages;
import org.passerelle.knowledge.Language;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the problem details (RFC 9457) every API error is: {@code type} {@code /api/v1/problems/<slug>} (a URI
 * reference relative to the server, stable across releases: clients compare it, and the slugs are listed in the
 * README), {@code title} and {@code detail} in the caller's language ({@link ApiLanguage#lenient}), {@code status},
 * {@code instance} (the path asked for), {@code lang} and {@code requestId} (also the {@code X-Request-Id} header, and
 * in the server's log for a 500). Never a stack trace or an exception's message.
 */
final class Problems {

    /** Where the problem types live: {@code TYPES + slug}. */
    static final String TYPES = "/api/v1/problems/";

    private Problems() {
    }

    static ProblemDetail of(HttpServletRequest request, HttpStatusCode status, String slug, Object... arguments) {
        Language language = ApiLanguage.lenient(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPES + slug));
        problem.setTitle(Messages.get(language, "api.problem." + slug + ".title"));
        problem.setDetail(Messages.get(language, "api.problem." + slug + ".detail", arguments));
        problem.setInstance(URI.create(escapedPath(request)));
        problem.setProperty("lang", language.code());
        problem.setProperty("requestId", RequestIds.of(request));
        return problem;
    }

    /**
     * Writes a problem from a filter, before any controller (CORS, body size, rate limits): the same body the
     * controllers' problems have.
     */
    static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json, HttpStatusCode status,
            String slug, Object... arguments) throws IOException {
        ProblemDetail problem = of(request, status, slug, arguments);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", String.valueOf(problem.getInstance()));
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    /** The path as a valid URI reference whatever was typed (a stray space or bracket must not fail the error page). */
    private static String escapedPath(HttpServletRequest request) {
        StringBuilder out = new StringBuilder();
        for (byte b : request.getRequestURI().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "/-._~%".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
