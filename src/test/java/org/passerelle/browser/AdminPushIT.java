package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.passerelle.security.Roles;
import org.passerelle.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two administrators in two browsers: what one saves reaches the other's /admin screen by push, and the other, who
 * is editing the same site, keeps their entries, is told, and cannot overwrite the change.
 */
class AdminPushIT extends BrowserTest {

    private static final String CELLS = ".sites-panel vaadin-grid-cell-content";

    @Autowired
    UserService users;

    private Browser signedIn() {
        Browser browser = newBrowser(Viewport.LANDSCAPE).open("/admin");
        browser.find("vaadin-login-form");
        browser.type("vaadin-login-form vaadin-text-field", "it-admin");
        browser.type("vaadin-login-form vaadin-password-field", "correct horse battery", Keys.ENTER);
        browser.find(".sites-panel");
        return browser;
    }

    @Test
    void a_site_saved_by_one_administrator_reaches_the_other_by_push_and_a_stale_edit_is_told_and_refused() {
        if (!users.exists("it-admin")) {
            users.create("it-admin", "Dominique Roy", "correct horse battery", Set.of(Roles.ADMIN));
        }
        Browser first = signedIn();
        Browser second = signedIn();
        String name = "Push branch " + UUID.randomUUID().toString().substring(0, 8);

        second.type(".sites-panel vaadin-text-field.site-name", name);
        second.type(".sites-panel vaadin-text-area[lang='en']", "Call 311");
        second.type(".sites-panel vaadin-text-area[lang='fr']", "Composez le 311");
        second.click("vaadin-button.save-site");
        second.waitForText("vaadin-notification-card", "Saved");
        assertThat(second.receivesClicksNow("vaadin-button.save-site"))
                .as("the save confirmation does not cover the button for the next save").isTrue();
        first.waitForText(CELLS, name);

        first.click(CELLS, name);
        first.type(".sites-panel vaadin-text-field.site-name", Keys.chord(Keys.CONTROL, "a"), name + " (first)");
        second.type(".sites-panel vaadin-text-field.site-name", Keys.chord(Keys.CONTROL, "a"), name + " (second)");
        second.click("vaadin-button.save-site");

        first.waitForText(".site-changed-notice", "Someone else saved this site while you were editing it.");
        first.waitForText(CELLS, name + " (second)");
        assertThat(first.find(".sites-panel vaadin-text-field.site-name input").getDomProperty("value"))
                .as("what the first administrator typed stays").isEqualTo(name + " (first)");
        first.click("vaadin-button.save-site");
        first.waitForText("vaadin-notification-card", "Someone else saved this since you opened it.");
    }
}
