package org.passerelle.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Each API request's id: the caller's {@code X-Request-Id} when it is a short plain token (a gateway's), else a new
 * one. It is sent back in the same header and in every problem, and a 500 logs it, so a caller's report leads to the
 * log line without any detail of the failure leaving the server.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** The id of {@code request}, chosen the first time it is asked for. */
    static String of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String id) {
            return id;
        }
        String given = request.getHeader(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }
}
