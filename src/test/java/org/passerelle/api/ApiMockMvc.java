package org.passerelle.api;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import jakarta.servlet.Filter;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc as the server runs the API: the application's servlet filters (security headers, CORS, the API's limits)
 * on their own paths, in their order, then Spring Security's chains. MockMvc adds none of them by itself.
 */
final class ApiMockMvc {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private ApiMockMvc() {
    }

    @SuppressWarnings("rawtypes")
    static MockMvc of(WebApplicationContext context) {
        DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
        context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                .sorted(Comparator.comparingInt(FilterRegistrationBean::getOrder))
                .forEach(registration -> {
                    Filter filter = registration.getFilter();
                    String[] patterns = ((java.util.Collection<?>) registration.getUrlPatterns()).stream()
                            .map(String::valueOf).toArray(String[]::new);
                    builder.addFilter(filter, patterns.length == 0 ? new String[] {"/*"} : patterns);
                });
        return builder.apply(springSecurity()).build();
    }

    /** A client address of its own (TEST-NET-2), so that one test's requests never count against another's limits. */
    static RequestPostProcessor newClient() {
        int n = CLIENTS.incrementAndGet();
        String address = "198.51." + (100 + n / 250) + "." + (1 + n % 250);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
