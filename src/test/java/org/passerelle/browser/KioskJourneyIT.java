package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.TestAgents;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journeys that matter most, in a real browser on a portrait kiosk: welcome → a question with typos →
 * the guide step by step → "Did this help?" → take it with you → finish and clear. Every screen on the way
 * is audited by axe-core, in both languages and both contrast modes.
 */
class KioskJourneyIT extends BrowserTest {

    @Autowired
    HandoffService handoff;

    @Test
    void the_full_journey_in_english_by_touch_with_an_audit_of_every_screen_in_both_contrast_modes() {
        walkThrough("en");
    }

    @Test
    void the_full_journey_in_french_by_touch_with_an_audit_of_every_screen_in_both_contrast_modes() {
        walkThrough("fr");
    }

    // Each screen is audited as it first shows, then again in high contrast (switched on and off again with the
    // screen's own button), so one walk covers both modes.
    private void walkThrough(String lang) {
        boolean en = lang.equals("en");
        Browser kiosk = open("/");
        assertThat(kiosk.find("html").getDomAttribute("lang")).isEqualTo("en");
        PageChecks.assertNoScriptErrors(kiosk, "the welcome screen's load");
        audit(kiosk, "welcome", lang, en);

        kiosk.click("vaadin-button.language-choice[lang=" + lang + "]");
        assertThat(kiosk.find("html").getDomAttribute("lang")).isEqualTo(lang);
        audit(kiosk, "home", lang, true);

        kiosk.click("a.tile", en ? "Taxes" : "Impôts");
        audit(kiosk, "topic", lang, false);
        kiosk.click("vaadin-button.tool-home");

        kiosk.type("vaadin-text-field.question", en ? "pasport renwal" : "renouvler pasport", Keys.ENTER);
        assertThat(kiosk.find(".guide-card h2").getText())
                .isEqualTo(en ? "Renew your adult passport" : "Renouveler votre passeport adulte");
        assertThat(kiosk.focusedIsIn(".reply[data-focus-on-arrival]")).as("asked on Home, the answer has the focus").isTrue();
        kiosk.type("vaadin-text-field.question", en ? "passport" : "passeport", Keys.ENTER);
        kiosk.find("vaadin-button.choice");
        kiosk.click("vaadin-button.choice-none");
        kiosk.find(".none-reply");
        PageChecks.assertFocusKept(kiosk, "None of these");
        assertThat(kiosk.focusedIsIn(".none-reply")).as("the reply to None of these has the focus").isTrue();
        kiosk.type("vaadin-text-field.question", "zzqx florp wibble", Keys.ENTER);
        kiosk.find(".helper-offer");
        audit(kiosk, "ask", lang, true);

        kiosk.click(".guide-card vaadin-button.big-button");
        assertThat(kiosk.find("vaadin-button.not-what-i-asked").getText())
                .as("a guide the assistant opened offers one tap to say it was the wrong one")
                .isEqualTo(en ? "This is not what I asked" : "Ce n’est pas ce que j’ai demandé");
        int steps = kiosk.findAll(".progress-bar > div").size();
        assertThat(kiosk.find(".progress-text").getText()).isEqualTo(en ? "Step 1 of " + steps : "Étape 1 sur " + steps);
        audit(kiosk, "guide-step", lang, true);
        for (int step = 2; step <= steps; step++) {
            kiosk.click("vaadin-button.next-button");
            assertThat(kiosk.find(".progress-text").getText()).startsWith(en ? "Step " + step : "Étape " + step);
        }
        kiosk.click("vaadin-button.next-button");
        assertThat(kiosk.find("h1").getText()).isEqualTo(en ? "You reached the end" : "C’est la fin du guide");
        kiosk.click(".yes-no vaadin-button", en ? "Yes" : "Oui");
        assertThat(kiosk.find(".feedback").getText()).contains(en ? "Thank you" : "Merci");
        PageChecks.assertFocusKept(kiosk, "Did this help? Yes");
        assertThat(kiosk.focusedIsIn(".feedback-thanks")).as("the thank-you has the focus").isTrue();
        audit(kiosk, "guide-done", lang, true);

        kiosk.click("vaadin-button", en ? "Take the steps with you" : "Emporter les étapes");
        assertThat(kiosk.find(".qr svg").getDomAttribute("role")).isEqualTo("img");
        audit(kiosk, "take-away", lang, true);

        // Someone on duty (at every desk: on site in staffed hours, the remote team at other times), so that asking
        // records a request whatever the hour the suite runs at.
        TestAgents.onDuty(handoff, "journey-agent");
        kiosk.click("vaadin-button.help-button");
        assertThat(kiosk.find(".help-status").getText()).contains(en ? "We told the staff" : "Nous avons avisé le personnel");
        audit(kiosk, "help", lang, true);

        kiosk.click("vaadin-button.tool-finish");
        kiosk.find("vaadin-dialog-overlay, vaadin-dialog");
        auditOnce(kiosk, "finish-dialog-" + lang, false);
        kiosk.click("vaadin-button", en ? "No, go back" : "Non, retourner");
        highContrast(kiosk, true);
        kiosk.click("vaadin-button.tool-finish");
        kiosk.find("vaadin-dialog-overlay, vaadin-dialog");
        auditOnce(kiosk, "finish-dialog-" + lang + "-high-contrast", false);
        for (int i = 0; i < 4; i++) {
            kiosk.press(Keys.TAB);
            Object box = kiosk.script("""
                    let el = document.activeElement;
                    while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
                    const r = el.getBoundingClientRect();
                    return el.tagName + ' ' + Math.round(r.width) + 'x' + Math.round(r.height);""");
            assertThat(String.valueOf(box)).as("Tab stop %d in the dialog", i + 1).doesNotEndWith(" 0x0").startsWith("VAADIN-BUTTON");
        }
        kiosk.click("vaadin-button", en ? "Yes, clear everything" : "Oui, tout effacer");
        kiosk.find("vaadin-button.language-choice");
        assertThat(kiosk.find("html").getDomAttribute("lang")).isEqualTo("en");
        assertThat(kiosk.find("html").getDomAttribute("data-contrast")).as("high contrast is cleared with the rest").isNull();
        assertThat(kiosk.findAll(".turn")).isEmpty();

        // The browser's back button after a reset leads to the welcome screen, not to the last person's guide.
        kiosk.driver().navigate().back();
        kiosk.waitForVaadin();
        kiosk.find("vaadin-button.language-choice");
        assertThat(kiosk.findAll(".guide-card, .step-card, .turn")).isEmpty();
    }

    private static void audit(Browser kiosk, String screen, String lang, boolean picture) {
        auditOnce(kiosk, screen + "-" + lang, picture);
        highContrast(kiosk, true);
        auditOnce(kiosk, screen + "-" + lang + "-high-contrast", false);
        highContrast(kiosk, false);
    }

    private static void auditOnce(Browser kiosk, String screen, boolean picture) {
        kiosk.assertAccessible(screen);
        PageChecks.assertTargetsBigEnough(kiosk, screen);
        if (picture) {
            kiosk.screenshot(screen + "-portrait");
        }
    }

    private static void highContrast(Browser kiosk, boolean on) {
        kiosk.click("vaadin-button.tool-contrast");
        assertThat(kiosk.find("html").getDomAttribute("data-contrast")).isEqualTo(on ? "high" : null);
        assertThat(kiosk.find("vaadin-button.tool-contrast").getDomAttribute("aria-pressed")).isEqualTo(String.valueOf(on));
    }

    @Test
    void the_journey_by_keyboard_alone() {
        Browser kiosk = open("/");

        kiosk.tabTo("vaadin-button.language-choice[lang=fr]", 30).press(Keys.ENTER);
        assertThat(kiosk.find("html").getDomAttribute("lang")).isEqualTo("fr");

        // The skip link keeps the screen: the address stays, the focus goes to the main landmark.
        String home = kiosk.driver().getCurrentUrl();
        kiosk.script("document.querySelector('a.skip-link').focus()");
        kiosk.press(Keys.ENTER);
        assertThat(kiosk.driver().getCurrentUrl()).isEqualTo(home);
        assertThat(kiosk.find("main h1").getText()).isEqualTo("De quoi avez-vous besoin ?");
        assertThat(kiosk.script("return document.activeElement.id")).isEqualTo("main");

        kiosk.tabTo("vaadin-text-field.question", 30);
        kiosk.press("emploi assurance demande").press(Keys.ENTER);
        kiosk.find(".turn");
        kiosk.tabTo(".guide-card vaadin-button, vaadin-button.choice", 40).press(Keys.ENTER);
        assertThat(kiosk.find(".progress-text").getText()).startsWith("Étape 1 sur");
        kiosk.tabTo("vaadin-button.next-button", 40).press(Keys.ENTER);
        assertThat(kiosk.find(".progress-text").getText()).startsWith("Étape 2 sur");
        kiosk.tabTo("vaadin-button.tool-text-size", 40).press(Keys.ENTER);
        assertThat(kiosk.find("html").getDomAttribute("data-text-size")).isEqualTo("1");
        // Focus is visible: the focused button has an outline.
        Object outline = kiosk.script("""
                let el = document.activeElement; return getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth;""");
        assertThat(String.valueOf(outline)).doesNotStartWith("none").doesNotEndWith(" 0px");
    }

    @Test
    void the_layout_holds_in_landscape_and_at_the_largest_text_size() {
        Browser kiosk = landscape().open("/");
        kiosk.click("vaadin-button.language-choice[lang=en]");
        kiosk.click("vaadin-button.tool-text-size").click("vaadin-button.tool-text-size");
        assertThat(kiosk.find("html").getDomAttribute("data-text-size")).isEqualTo("2");

        PageChecks.assertNothingSideways(kiosk, "home at the largest text size");
        Object bodyText = kiosk.script("return parseFloat(getComputedStyle(document.querySelector('main p, main span')).fontSize)");
        assertThat(((Number) bodyText).doubleValue()).isGreaterThanOrEqualTo(30);
        kiosk.assertAccessible("home-en-largest-text-landscape");
        kiosk.screenshot("home-en-largest-text-landscape");
    }

    @Test
    void at_200_percent_zoom_nothing_needs_sideways_scrolling_nothing_is_cut_and_dialogs_fit() {
        Browser kiosk = newBrowser(Viewport.PORTRAIT_ZOOM_200).open("/");
        zoomed(kiosk, "welcome");
        kiosk.click("vaadin-button.language-choice[lang=fr]");
        zoomed(kiosk, "home");
        kiosk.type("vaadin-text-field.question", "passeport", Keys.ENTER);
        kiosk.find("vaadin-button.choice");
        zoomed(kiosk, "ask with choices");
        kiosk.type("vaadin-text-field.question", "renouveler passeport", Keys.ENTER);
        kiosk.type("vaadin-text-field.question", "a");
        PageChecks.assertTargetsBigEnough(kiosk, "question box with its clear button");
        kiosk.click(".guide-card vaadin-button.big-button");
        zoomed(kiosk, "guide step");
        kiosk.assertAccessible("guide-step-fr-zoom-200");
        kiosk.screenshot("guide-step-fr-zoom-200");
        kiosk.open("/guide/passport-renewal/done");
        zoomed(kiosk, "end of the guide with related guides");
        kiosk.click("vaadin-button.tool-finish");
        PageChecks.assertDialogsInsideViewport(kiosk, "Finish and clear?");
        PageChecks.assertNothingSideways(kiosk, "Finish and clear?");
        kiosk.click("vaadin-button", "Non, retourner");
        kiosk.click("vaadin-button.tool-text-size").click("vaadin-button.tool-text-size");
        zoomed(kiosk, "end of the guide at the largest text size");
        kiosk.click("vaadin-button.tool-finish");
        PageChecks.assertDialogsInsideViewport(kiosk, "Finish and clear? at the largest text size");
    }

    @Test
    void not_what_i_asked_on_a_guide_brings_back_the_conversation_with_ways_to_rephrase_or_browse_in_both_languages() {
        for (String lang : new String[] {"en", "fr"}) {
            boolean en = lang.equals("en");
            Browser kiosk = open("/");
            kiosk.click("vaadin-button.language-choice[lang=" + lang + "]");
            kiosk.type("vaadin-text-field.question", en ? "renew my passport" : "renouveler passeport", Keys.ENTER);
            kiosk.click(".guide-card vaadin-button.big-button");
            kiosk.click("vaadin-button.not-what-i-asked");
            assertThat(kiosk.find(".wrong-reply p").getText()).startsWith(en ? "Sorry" : "Désolé");
            kiosk.assertAccessible("ask-not-what-i-asked-" + lang);
            kiosk.click("vaadin-button.browse-topics");
            kiosk.find("a.tile");
        }
    }

    private static void zoomed(Browser kiosk, String screen) {
        PageChecks.assertNothingSideways(kiosk, screen);
        PageChecks.assertTargetsBigEnough(kiosk, screen + " at 200 %");
    }

    @Test
    void read_aloud_speaks_the_main_content_in_its_own_language_and_can_be_stopped() {
        Browser kiosk = open("/");
        // Headless Chromium has no voices: the kiosk says it cannot read aloud instead of reading in silence.
        kiosk.click("vaadin-button.tool-speaker");
        kiosk.waitForText(".kiosk > [aria-live]", "cannot read aloud");
        assertThat(kiosk.find("vaadin-button.tool-speaker").getText()).contains("Read aloud").doesNotContain("Stop reading");

        // With voices (faked), record what would be said.
        kiosk.script("""
                window.spoken = [];
                window.speechSynthesis.getVoices = () => [{lang: 'en-CA', name: 'en'}, {lang: 'fr-CA', name: 'fr'}];
                window.speechSynthesis.speak = u => window.spoken.push({lang: u.lang, text: u.text});
                window.speechSynthesis.cancel = () => window.spoken.push({cancelled: true});""");

        kiosk.click("vaadin-button.tool-speaker");
        Object spoken = kiosk.script("return JSON.stringify(window.spoken)");
        assertThat(String.valueOf(spoken)).contains("\"lang\":\"en-CA\"", "\"lang\":\"fr-CA\"", "Welcome", "Bienvenue")
                .doesNotContain("Read aloud");
        assertThat(kiosk.find("vaadin-button.tool-speaker, vaadin-button.tool-stop").getText()).contains("Stop reading");

        kiosk.click("vaadin-button.tool-speaker");
        assertThat(String.valueOf(kiosk.script("return JSON.stringify(window.spoken.slice(-1))"))).contains("cancelled");
        assertThat(kiosk.find("vaadin-button.tool-speaker").getText()).contains("Read aloud");
    }
}
