package org.passerelle.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfigurationSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's filters, in front of Spring Security and Spring MVC, on {@code /api/*} only: CORS first (a refused
 * origin costs no token of anyone's limit), then the request id, body size and rate limits ({@link ApiFilter}).
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    /**
     * The specification's description ({@code /api/v1/openapi.json}, OpenAPI 3.1: springdoc 3's default, set in
     * application.properties too). Its version is the API's, {@code v1}: it changes only with the address.
     */
    @Bean
    OpenAPI apiDescription() {
        return new OpenAPI().info(new Info()
                .title("Passerelle public API")
                .version("v1")
                .description("Government services step by step, in English and French: guides, topics, life events, "
                        + "referrals, search and the assistant's answers. Errors are RFC 9457 problem details "
                        + "(application/problem+json) in the language asked for (lang parameter, else "
                        + "Accept-Language, else English); their type is /api/v1/problems/{slug}. Reads carry a "
                        + "strong ETag and may be cached; every client has rate limits (429 with Retry-After).")
                .license(new License().name("MIT").identifier("MIT")))
                // The same server as the page: without it springdoc writes the address asked from, and the committed
                // specification would depend on the host and port it was generated on.
                .servers(List.of(new Server().url("/")));
    }

    /** Named as Spring Security looks for it: its chain for the public channels applies the same configuration. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(ApiSettings settings) {
        return ApiCors.source(settings);
    }

    @Bean
    FilterRegistrationBean<ApiCors.Filter> apiCorsFilter(CorsConfigurationSource corsConfigurationSource,
            JsonMapper json) {
        FilterRegistrationBean<ApiCors.Filter> registration = new FilterRegistrationBean<>(
                new ApiCors.Filter(corsConfigurationSource, json));
        registration.addUrlPatterns("/api/*");
        // After the security headers (SecurityHeadersFilter, first of all), before Spring Security (-100).
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiFilter> apiFilter(ApiSettings settings, ApiRateLimits limits, JsonMapper json) {
        FilterRegistrationBean<ApiFilter> registration = new FilterRegistrationBean<>(
                new ApiFilter(settings, limits, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
