package org.passerelle.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.web.SecurityFilterChain;

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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // The kiosk's hand-written CSS, scripts and icons (frontend/): a citizen's screen needs them.
                .requestMatchers("/styles/**", "/scripts/**", "/icons/**").permitAll()
                // For the machine's supervisor; says UP or DOWN only (no details without sign-in).
                .requestMatchers(EndpointRequest.to("health")).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                // After signing out, staff return to the login view, not to a citizen's welcome screen.
                .loginView(LoginView.class, LOGIN_PATH)
                // Vaadin's default denies any other request even to signed-in staff; we let them through and leave
                // each view's own annotation to decide.
                .anyRequest(AuthorizedUrl::authenticated));
        return http.build();
    }
}
