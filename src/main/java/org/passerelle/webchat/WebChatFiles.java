package org.passerelle.webchat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves {@code /webchat/passerelle-chat.js} and its stylesheet to other sites' pages. They are public and the same
 * for everyone, so any page may load them ({@code Cross-Origin-Resource-Policy: cross-origin}, and
 * {@code Access-Control-Allow-Origin: *} for a page that loads them with {@code crossorigin}); what the chat may
 * then call is the API's CORS setting ({@code passerelle.api.allowed-origins}), not this. Cached for an hour and
 * revalidated with their {@code Last-Modified} after: a new version reaches every page within the hour without
 * renaming the file that sites embed.
 */
@Configuration
class WebChatFiles implements WebMvcConfigurer {

    static final String PATH = "/webchat/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "**")
                .addResourceLocations("classpath:/META-INF/resources" + PATH)
                .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .setUseLastModified(true)
                .resourceChain(true);
    }

    @Bean
    FilterRegistrationBean<CrossOriginFiles> webChatCrossOrigin() {
        FilterRegistrationBean<CrossOriginFiles> registration = new FilterRegistrationBean<>(new CrossOriginFiles());
        registration.addUrlPatterns(PATH + "*");
        // after the security headers (which set no-store on everything first), before the files are written
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The headers that let another origin's page use the chat's files. */
    static final class CrossOriginFiles extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
            response.setHeader("Access-Control-Allow-Origin", "*");
            chain.doFilter(request, response);
        }
    }
}
