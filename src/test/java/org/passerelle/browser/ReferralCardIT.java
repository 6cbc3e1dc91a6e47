package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** The referral card in a real browser: what it says for the default (Ontario) site, audited by axe in both languages. */
class ReferralCardIT extends BrowserTest {

    @Test
    void a_health_card_question_shows_an_accessible_referral_card_in_english_and_in_french() {
        for (String lang : new String[] {"en", "fr"}) {
            boolean en = lang.equals("en");
            Browser kiosk = open("/");
            kiosk.click("vaadin-button.language-choice[lang=" + lang + "]");
            kiosk.type("vaadin-text-field.question", en ? "renew my health card" : "renouveler ma carte soleil", Keys.ENTER);

            // The same browser keeps its conversation from one language to the next: the newest card is the last.
            kiosk.waitForText(".referral-card h2", en ? "Health card" : "Carte santé");
            assertThat(kiosk.findAll(".referral-card h2").getLast().getText()).isEqualTo(en ? "Health card" : "Carte santé");
            assertThat(kiosk.findAll(".referral-card .referral-who").getLast().getText()).contains("ServiceOntario");
            kiosk.find(".referral-card .helper-offer vaadin-button");
            kiosk.assertAccessible("referral-card-" + lang);
            PageChecks.assertTargetsBigEnough(kiosk, "referral-card-" + lang);
        }
    }

    @Test
    void the_card_reads_itself_aloud_and_its_take_away_screen_is_accessible() {
        Browser kiosk = open("/");
        kiosk.click("vaadin-button.language-choice[lang=en]");
        kiosk.type("vaadin-text-field.question", "my name is Jeanne, renew my health card", Keys.ENTER);
        kiosk.waitForText(".referral-card h2", "Health card");

        // Headless Chromium has no voices: faked here, to record what would be said.
        kiosk.script("""
                window.spoken = [];
                window.speechSynthesis.getVoices = () => [{lang: 'en-CA', name: 'en'}, {lang: 'fr-CA', name: 'fr'}];
                window.speechSynthesis.speak = u => window.spoken.push({lang: u.lang, text: u.text});
                window.speechSynthesis.cancel = () => window.spoken.push({cancelled: true});""");
        kiosk.click(".referral-card vaadin-button.referral-read-aloud");
        kiosk.waitForText("vaadin-button.tool-speaker, vaadin-button.tool-stop", "Stop reading");
        assertThat(String.valueOf(kiosk.script("return JSON.stringify(window.spoken)")))
                .as("the card is read, not the conversation nor the card's own buttons")
                .contains("Health card", "ServiceOntario").doesNotContain("Jeanne", "You asked", "Take it with you");
        kiosk.click("vaadin-button.tool-speaker, vaadin-button.tool-stop");

        kiosk.click(".referral-card vaadin-button.referral-take-away");
        kiosk.waitForText("h1", "Take it with you");
        assertThat(kiosk.find(".qr svg").getDomAttribute("role")).isEqualTo("img");
        assertThat(kiosk.find(".printable").getText()).contains("ServiceOntario").doesNotContain("Jeanne");
        kiosk.assertAccessible("referral-take-away-en");
        PageChecks.assertTargetsBigEnough(kiosk, "referral-take-away-en");

        kiosk.click("vaadin-button", "Back to my questions");
        kiosk.waitForText(".referral-card h2", "Health card");
    }
}
