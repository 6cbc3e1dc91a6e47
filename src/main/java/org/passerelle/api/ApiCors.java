package org.passerelle.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which web sites' pages may call the API from a browser: exactly the origins of
 * {@code passerelle.api.allowed-origins} (none by default), without credentials (the API uses no cookie; a help
 * request's conversation token travels in {@code Authorization}). Software that is not a browser sends no
 * {@code Origin} and is not concerned; a same-origin page neither.
 *
 * <p>{@link #source} is the application's {@code CorsConfigurationSource} (Spring Security's chain for the public
 * channels uses it too). {@link Filter} runs first and answers a request from an origin not allowed, or a preflight
 * asking for a method or header not allowed, with a 403 {@code origin-not-allowed} problem instead of Spring's plain
 * "Invalid CORS request"; it answers an allowed preflight itself.
 */
final class ApiCors {

    static final List<String> METHODS = List.of("GET", "POST", "DELETE", "OPTIONS");
    static final List<String> HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.IF_NONE_MATCH, HttpHeaders.ACCEPT_LANGUAGE, RequestIds.HEADER);
    static final List<String> EXPOSED = List.of(HttpHeaders.ETAG, HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION,
            RequestIds.HEADER);

    private ApiCors() {
    }

    /** The configuration for {@code /api/**}: registered even with no origin, so that a cross-origin call is refused. */
    static CorsConfigurationSource source(ApiSettings settings) {
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(settings.allowedOrigins());
        api.setAllowedMethods(METHODS);
        api.setAllowedHeaders(HEADERS);
        api.setExposedHeaders(EXPOSED);
        api.setAllowCredentials(false);
        api.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        return source;
    }

    /** Applies {@link #source} to the API's requests, refusing with a problem. */
    static final class Filter extends OncePerRequestFilter {

        private final CorsConfigurationSource source;
        private final JsonMapper json;
        private final DefaultCorsProcessor processor = new DefaultCorsProcessor() {
            @Override
            protected void rejectRequest(ServerHttpResponse response) {
                // Written by the filter as a problem, in the caller's language.
            }
        };

        Filter(CorsConfigurationSource source, JsonMapper json) {
            this.source = source;
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CorsConfiguration configuration = CorsUtils.isCorsRequest(request)
                    ? source.getCorsConfiguration(request) : null;
            if (configuration != null) {
                if (!processor.processRequest(configuration, request, response)) {
                    Problems.write(request, response, json, HttpStatus.FORBIDDEN, "origin-not-allowed");
                    return;
                }
                if (CorsUtils.isPreFlightRequest(request)) {
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }
}
