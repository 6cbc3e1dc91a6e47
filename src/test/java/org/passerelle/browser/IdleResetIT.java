package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * The kiosk forgets a person who walked away: after the idle time a warning with a countdown, then
 * everything is cleared. Runs in its own Spring context with a two-second idle time (the warning keeps
 * its 20-second minimum, as WCAG 2.2.1 asks).
 */
@TestPropertySource(properties = {"passerelle.kiosk.idle-timeout=2s", "passerelle.kiosk.idle-warning=20s"})
class IdleResetIT extends BrowserTest {

    @Test
    void an_idle_kiosk_warns_then_clears_everything_and_returns_to_welcome() {
        Browser kiosk = open("/");
        kiosk.click("vaadin-button.language-choice[lang=fr]");
        kiosk.type("vaadin-text-field.question", "mon NAS est 046 454 286 renouveler passeport", Keys.ENTER);
        kiosk.find(".turn");

        // First warning: "I am still here" keeps everything. At 200 % zoom the warning fits on the screen.
        kiosk.find(".still-here");
        kiosk.resize(Viewport.PORTRAIT_ZOOM_200);
        PageChecks.assertDialogsInsideViewport(kiosk, "Are you still there? at 200 %");
        PageChecks.assertNothingSideways(kiosk, "Are you still there? at 200 %");
        kiosk.portrait();
        kiosk.assertAccessible("idle-warning-fr");
        kiosk.screenshot("idle-warning-fr-portrait");
        String before = kiosk.find(".countdown").getText();
        kiosk.click(".still-here");
        assertThat(Integer.parseInt(before)).isBetween(15, 20);
        assertThat(kiosk.findAll(".turn")).hasSize(1);

        // Second warning, left alone: the kiosk clears itself.
        kiosk.find(".still-here");
        new WebDriverWait(kiosk.driver(), Duration.ofSeconds(40))
                .until(d -> !d.findElements(By.cssSelector("vaadin-button.language-choice")).isEmpty());
        kiosk.waitForVaadin();
        assertThat(kiosk.find("html").getDomAttribute("lang")).isEqualTo("en");
        // The warning's overlay fades out before it leaves the page.
        new WebDriverWait(kiosk.driver(), Duration.ofSeconds(5))
                .until(d -> d.findElements(By.cssSelector(".turn, .still-here")).isEmpty());
        assertThat(kiosk.driver().getPageSource()).doesNotContain("046").doesNotContain("renouveler passeport");

        kiosk.driver().navigate().back();
        kiosk.waitForVaadin();
        kiosk.find("vaadin-button.language-choice");
        assertThat(kiosk.driver().getPageSource()).doesNotContain("renouveler passeport");
    }
}
