package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.passerelle.security.Roles;
import org.passerelle.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;

/** The sites and desks panels of /admin in a real browser: axe finds nothing on them, with and without an error shown. */
class AdminSitesIT extends BrowserTest {

    @Autowired
    UserService users;

    @Test
    void the_admin_screen_with_sites_and_desks_has_no_accessibility_violation_and_names_a_wrong_day() {
        if (!users.exists("it-admin")) {
            users.create("it-admin", "Dominique Roy", "correct horse battery", Set.of(Roles.ADMIN));
        }
        Browser browser = open("/admin");
        browser.find("vaadin-login-form");
        browser.type("vaadin-login-form vaadin-text-field", "it-admin");
        browser.type("vaadin-login-form vaadin-password-field", "correct horse battery", Keys.ENTER);
        browser.find(".sites-panel");
        browser.find(".desks-panel");
        assertAccessible("admin-sites-en");

        browser.type(".sites-panel vaadin-text-field.staffed-tuesday input", "17:00-09:00");
        browser.click("vaadin-button.save-site");
        browser.waitForText("vaadin-notification-card", "On Tuesday, a period ends before it starts.");
        assertThat(browser.find(".sites-panel vaadin-text-field.staffed-tuesday").getDomAttribute("invalid")).isNotNull();
        assertAccessible("admin-sites-error-en");
    }
}
