package org.passerelle.security.ui;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import org.passerelle.security.SecurityAudit;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.security.Roles;
import org.passerelle.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The HTTP side, through Spring Security's filter chain: protected pages redirect to the login page, and the form
 * login checks the stored password. MockMvc does not run the Vaadin servlet, so what anonymous visitors may open
 * (kiosk screens, static files) is asked of a running server in {@code StaffSignInIT}.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
class HttpAccessTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService users;

    @Autowired
    SecurityAudit audit;

    @Autowired
    MutableClock clock;

    MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void opening_the_agent_console_without_signing_in_redirects_to_the_login_page() throws Exception {
        http.perform(get("/agent")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        http.perform(get("/test/agent-only")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void a_staff_member_signs_in_with_the_stored_password_and_not_with_another() throws Exception {
        users.create("http-test-agent", "Camille Bouchard", "correct horse battery", Set.of(Roles.AGENT));

        http.perform(formLogin("/login").user("http-test-agent").password("wrong horse battery"))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        http.perform(formLogin("/login").user("HTTP-Test-Agent").password("correct horse battery"))
                .andExpect(authenticated().withUsername("http-test-agent").withRoles(Roles.AGENT));
    }

    @Test
    void a_sign_in_posted_without_the_csrf_token_is_refused_even_with_the_right_password() throws Exception {
        users.create("csrf-test-agent", "Camille Roy", "correct horse battery", Set.of(Roles.AGENT));

        http.perform(post("/login").param("username", "csrf-test-agent").param("password", "correct horse battery"))
                .andExpect(status().isForbidden()).andExpect(unauthenticated());
        http.perform(post("/login").param("username", "csrf-test-agent").param("password", "correct horse battery")
                .with(csrf().useInvalidToken())).andExpect(status().isForbidden()).andExpect(unauthenticated());
        http.perform(post("/login").param("username", "csrf-test-agent").param("password", "correct horse battery")
                .with(csrf())).andExpect(authenticated().withUsername("csrf-test-agent"));
    }

    @Test
    void after_five_wrong_passwords_from_one_client_that_client_waits_but_the_agent_signs_in_from_another() throws Exception {
        users.create("throttle-agent", "Alex Fortin", "correct horse battery", Set.of(Roles.AGENT));
        for (int i = 0; i < 5; i++) {
            http.perform(login("throttle-agent", "wrong horse battery", "10.9.0.1")).andExpect(redirectedUrl("/login?error"));
        }

        http.perform(login("throttle-agent", "correct horse battery", "10.9.0.1"))
                .andExpect(redirectedUrl("/login?locked")).andExpect(unauthenticated());
        http.perform(login("throttle-agent", "correct horse battery", "10.9.0.2"))
                .andExpect(authenticated().withUsername("throttle-agent"));
        assertThat(audit.actionsOf("throttle-agent")).containsExactly(SecurityAudit.SIGN_IN_LOCKED);

        clock.advance(Duration.ofMinutes(3)); // one attempt comes back every 15 min / 5
        http.perform(login("throttle-agent", "correct horse battery", "10.9.0.1"))
                .andExpect(authenticated().withUsername("throttle-agent"));
    }

    @Test
    void one_client_trying_many_accounts_is_paused_for_all_of_them() throws Exception {
        users.create("sprayed-agent", "Sam Morin", "correct horse battery", Set.of(Roles.AGENT));
        for (int i = 0; i < 20; i++) {
            http.perform(login("nobody-" + i, "password guess " + i, "10.9.0.3")).andExpect(redirectedUrl("/login?error"));
        }

        http.perform(login("sprayed-agent", "correct horse battery", "10.9.0.3")).andExpect(redirectedUrl("/login?locked"));
        http.perform(login("sprayed-agent", "correct horse battery", "10.9.0.4"))
                .andExpect(authenticated().withUsername("sprayed-agent"));
    }

    @Test
    void guesses_spread_over_many_clients_stop_at_the_account_limit_but_a_new_client_still_gets_in() throws Exception {
        users.create("targeted-agent", "Dominique Wong", "correct horse battery", Set.of(Roles.AGENT));
        for (int i = 0; i < 50; i++) {
            http.perform(login("targeted-agent", "guess " + i, "10.8." + i / 200 + "." + i % 200));
        }

        http.perform(login("targeted-agent", "correct horse battery", "10.8.0.7"))
                .andExpect(redirectedUrl("/login?locked"));
        http.perform(login("targeted-agent", "correct horse battery", "10.7.0.1"))
                .andExpect(authenticated().withUsername("targeted-agent"));
    }

    @Test
    void a_request_for_a_host_that_is_not_configured_is_refused_and_never_redirected_there() throws Exception {
        http.perform(get("/agent").with(host("evil.example"))).andExpect(status().isBadRequest());
        http.perform(get("/agent").with(host("localhost"))).andExpect(redirectedUrl("/login"));
    }

    private static RequestPostProcessor host(String name) {
        return request -> {
            request.setServerName(name);
            request.addHeader("Host", name);
            return request;
        };
    }

    /** The login form's post, with its CSRF token, from the client at {@code client}. */
    private static MockHttpServletRequestBuilder login(String username, String password, String client) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(request -> {
            request.setRemoteAddr(client);
            return request;
        });
    }
}
