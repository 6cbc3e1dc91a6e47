package org.passerelle.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.passerelle.knowledge.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Caching of the API's reads (guides, lists, life events, referrals): a strong {@code ETag} from the content's
 * revision ({@code KnowledgeBase.revision()}, which every instance serving the same publication shares), what was
 * asked (path and parameters) and the language, and {@code Cache-Control: public, max-age} of
 * {@code passerelle.api.cache-for}. A request whose {@code If-None-Match} names the current tag gets a 304 without a
 * body. Anything else the API answers stays {@code no-store} (the security headers' default).
 */
@Component
class Caching {

    private final CacheControl cacheControl;

    Caching(ApiSettings settings) {
        this.cacheControl = CacheControl.maxAge(settings.cacheFor()).cachePublic();
    }

    <T> ResponseEntity<T> ok(HttpServletRequest request, HttpServletResponse response, long revision,
            Language language, Supplier<T> body) {
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        String tag = "\"" + revision + "-" + language.code() + "-" + hash(request.getRequestURI() + "?" + query) + "\"";
        // Set on the servlet response itself: it replaces the no-store of the security headers instead of adding
        // a second Cache-Control.
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl.getHeaderValue());
        response.setHeader(HttpHeaders.ETAG, tag);
        response.setHeader(HttpHeaders.VARY, "Accept-Language");
        // Spring's conditional request (RFC 9110: If-None-Match compared weakly, lists and * included)
        if (new ServletWebRequest(request, response).checkNotModified(tag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
        }
        return ResponseEntity.ok(body.get());
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
