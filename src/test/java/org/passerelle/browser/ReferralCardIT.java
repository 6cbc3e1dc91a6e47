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
}
