package org.passerelle.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

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
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
        }
        return ResponseEntity.ok(body.get());
    }

    /** If-None-Match compares weakly (RFC 9110): {@code W/"x"} names the same content as {@code "x"}. */
    private static boolean matches(@Nullable String ifNoneMatch, String tag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals(tag) || t.equals("*"));
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
