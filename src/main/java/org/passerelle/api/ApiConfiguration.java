package org.passerelle.api;

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
