package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.passerelle.security.Roles;
import org.passerelle.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff sign in and out through the real login form (Spring Security's form login, CSRF and redirects), while
 * citizens never meet it. The agent-only view is the test route {@code /test/agent-only}.
 */
class StaffSignInIT extends BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Test
    void an_agent_signs_in_in_french_after_a_typo_reaches_the_agent_view_and_signs_out() {
        if (!users.exists("it-agent")) {
            users.create("it-agent", "Camille Bouchard", "correct horse battery", Set.of(Roles.AGENT));
        }
        Browser browser = open("/test/agent-only");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
        browser.find("vaadin-login-form");
        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("en");
        assertAccessible("login-en");
        PageChecks.assertTargetsBigEnough(browser, "login-en");

        browser.click("vaadin-button.language-switch");
        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("fr");
        assertThat(browser.driver().getTitle()).isEqualTo("Connexion du personnel — Passerelle");
        assertAccessible("login-fr");
        screenshot("login-fr-portrait");

        browser.type("vaadin-login-form vaadin-text-field", "it-agent");
        browser.type("vaadin-login-form vaadin-password-field", "wrong horse battery", Keys.ENTER);
        browser.find("vaadin-login-form[error]");
        // Sent back by Spring Security to /login?error: still in French, with the reason.
        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("fr");
        assertThat(browser.script("return document.querySelector('vaadin-login-form').i18n.errorMessage.title"))
                .isEqualTo("Nom d’utilisateur ou mot de passe incorrect");

        browser.type("vaadin-login-form vaadin-text-field", "IT-Agent");
        browser.type("vaadin-login-form vaadin-password-field", "correct horse battery", Keys.ENTER);
        assertThat(browser.find(".who").getText()).isEqualTo("agents only: Camille Bouchard");
        assertThat(browser.driver().getCurrentUrl()).contains("/test/agent-only");

        browser.click("vaadin-button.sign-out");
        browser.find("vaadin-login-form");
        open("/test/agent-only");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
    }

    @Test
    void citizens_reach_the_kiosk_and_its_files_without_signing_in_and_staff_pages_redirect() throws Exception {
        for (String path : new String[] {"/", "/home", "/guide/passport-renewal/step/1", "/styles/passerelle.css",
                "/scripts/kiosk.js", "/icons/home.svg", "/actuator/health", "/login"}) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
        for (String path : new String[] {"/agent", "/test/agent-only"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
