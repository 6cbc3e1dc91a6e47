package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Life events in a real browser: home → "When life changes" → the list → one life event → its first guide, each screen
 * audited by axe (WCAG A/AA and best practices) in English and in French.
 */
class LifeEventsIT extends BrowserTest {

    @Test
    void from_home_a_person_reaches_a_life_event_and_its_first_guide_on_accessible_screens_in_english() {
        walk("en", "Separating or divorcing", "Tell the CRA you separated or divorced");
    }

    @Test
    void from_home_a_person_reaches_a_life_event_and_its_first_guide_on_accessible_screens_in_french() {
        walk("fr", "Se séparer ou divorcer", "Informer l’ARC d’une séparation ou d’un divorce");
    }

    private void walk(String lang, String event, String firstGuide) {
        boolean en = lang.equals("en");
        Browser kiosk = open("/");
        kiosk.click("vaadin-button.language-choice[lang=" + lang + "]");
        assertThat(kiosk.find(".home-life-events h2").getText()).isEqualTo(en ? "When life changes" : "Quand la vie change");

        kiosk.click("a.life-events-link");
        kiosk.waitForText("h1", en ? "When life changes" : "Quand la vie change");
        assertThat(kiosk.findAll(".life-events-view a.guide-link")).extracting(e -> e.findElement(By.cssSelector(".guide-link-title")).getText()).contains(event);
        audit(kiosk, "life-events-" + lang);

        kiosk.click(".life-events-view a.guide-link", event);
        kiosk.waitForText("h1", event);
        assertThat(kiosk.findAll(".life-event-steps a.guide-link")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(kiosk.find(".life-event-steps a.guide-link .guide-link-title").getText()).isEqualTo(firstGuide);
        audit(kiosk, "life-event-" + lang);

        kiosk.click(".life-event-steps a.guide-link");
        kiosk.waitForText("h1", firstGuide);
        assertThat(kiosk.find(".progress-text").getText()).startsWith(en ? "Step 1 of " : "Étape 1 sur ");
        audit(kiosk, "life-event-guide-" + lang);
    }

    private static void audit(Browser kiosk, String screen) {
        kiosk.assertAccessible(screen);
        PageChecks.assertTargetsBigEnough(kiosk, screen);
    }
}
