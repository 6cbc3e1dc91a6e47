package org.passerelle.security.ui;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.security.LoginThrottle;
import org.passerelle.security.SecuritySettings;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Spring Security for the whole application. Vaadin's configurer permits its own internal requests and every
 * {@code @AnonymousAllowed} route (the kiosk), sends anyone else to {@link LoginView} and checks each view's
 * access annotation on every navigation. It lives here, beside the login view it names, because it is the web
 * side of the feature.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";

    /**
     * The open channels (issue 15): the public API, the web chat's files, the open guide pages, the sitemap and the
     * open data. Anyone may read them and no session, cookie or sign-in is involved: an API caller proves a help
     * request is theirs with the conversation token the API gave it, never with a staff credential. Without cookies
     * there is no cross-site request to forge, so CSRF protection has nothing to protect here. Browsers on other
     * sites reach the API only from the origins the {@link CorsConfigurationSource} allows (when one is declared).
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicChannels(HttpSecurity http) throws Exception {
        http.securityMatcher(PUBLIC_CHANNELS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(Customizer.withDefaults());
        return http.build();
    }

    /** The paths {@link #publicChannels} serves; everything else goes through {@link #securityFilterChain}. */
    static final String[] PUBLIC_CHANNELS = {
            "/api/**", "/swagger-ui/**", "/webchat/**", "/guides", "/guides/**", "/fr/guides", "/fr/guides/**",
            "/sitemap.xml", "/open-data", "/open-data/**", "/fr/open-data", "/fr/open-data/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, LoginThrottle throttle,
            SecuritySettings settings) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // The kiosk's hand-written CSS, scripts and icons (frontend/): a citizen's screen needs them.
                .requestMatchers("/styles/**", "/scripts/**", "/icons/**").permitAll()
                // For the machine's supervisor and the load balancer (/actuator/health, its /liveness and /readiness);
                // says UP or DOWN only (details for a signed-in administrator: management.endpoint.health.roles).
                .requestMatchers(EndpointRequest.to("health")).permitAll()
                // Metrics and build information: an administrator, or a scraper with the metrics token.
                .requestMatchers(EndpointRequest.toAnyEndpoint()).access(new OperatorAccess(settings.metricsToken())));
        // A scraper refused gets 401, not the login page.
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), EndpointRequest.toAnyEndpoint()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                // After signing out, staff return to the login view, not to a citizen's welcome screen.
                .loginView(LoginView.class, LOGIN_PATH)
                // Vaadin's default denies any other request even to signed-in staff; we let them through and leave
                // each view's own annotation to decide.
                .anyRequest(AuthorizedUrl::authenticated)
                // Vaadin's CSRF set-up also exempts the login page, so any site could post a sign-in (login CSRF).
                .enableCsrfConfiguration(false));
        // Vaadin's own requests (UIDL, push, heartbeat) carry Vaadin's CSRF token and are checked by Vaadin. The login
        // form posts Spring Security's token, which Vaadin writes into the page (meta _csrf) and the form sends.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new SignInLimitFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeadersFilter.CONTENT_SECURITY_POLICY))
                .contentTypeOptions(options -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeadersFilter.PERMISSIONS_POLICY))
                // no-store on every page: staff screens, and kiosk screens with a citizen's conversation or help
                // request. Static files set their own caching, which this leaves alone.
                .cacheControl(cache -> { })
                .frameOptions(frames -> frames.sameOrigin())
                // Sent on HTTPS only, which behind a proxy the forwarded headers tell (server.forward-headers-strategy).
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /** In front of every request, Vaadin's own included (see {@link SecurityHeadersFilter}). */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Refuses (400) a request whose {@code Host} is not one of {@code passerelle.allowed-hosts}: redirects are built
     * from that header, and a forged one would send staff to another site.
     */
    @Bean
    HttpFirewall firewall(SecuritySettings settings) {
        Set<String> allowed = settings.allowedHosts().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHostnames(host -> allowed.contains(host.toLowerCase(Locale.ROOT)));
        return firewall;
    }
}
