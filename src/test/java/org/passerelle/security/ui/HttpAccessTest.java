package org.passerelle.security.ui;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
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
}
