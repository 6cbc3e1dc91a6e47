package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import static org.passerelle.Eventually.eventually;

import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpOutcome;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.handoff.TestAgents;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The kiosk forgets a person who walked away: after the idle time a warning with a countdown, then
 * everything is cleared. Runs on the {@link ShortIdleServer}: a two-second idle time (the warning keeps its
 * 20-second minimum), and fifteen seconds while the person is helped by staff.
 */
@ShortIdleServer
class IdleResetIT extends BrowserTest {

    private static final String AGENT = "idle-agent";

    @Autowired
    HandoffService handoff;

    @Test
    void an_idle_kiosk_warns_then_clears_everything_and_returns_to_welcome() {
        Browser kiosk = open("/");
        kiosk.click("vaadin-button.language-choice[lang=fr]");
        kiosk.type("vaadin-text-field.question", "mon NAS est 046 454 286 renouveler passeport", Keys.ENTER);
        kiosk.find(".turn");

        // First warning: "I am still here" keeps everything. At 200 % zoom the warning fits on the screen.
        kiosk.find(".still-here");
        String before = kiosk.find(".countdown").getText();
        assertThat(Integer.parseInt(before)).as("seconds left when the warning shows").isBetween(15, 20);
        kiosk.resize(Viewport.PORTRAIT_ZOOM_200);
        PageChecks.assertDialogsInsideViewport(kiosk, "Are you still there? at 200 %");
        PageChecks.assertNothingSideways(kiosk, "Are you still there? at 200 %");
        kiosk.portrait();
        kiosk.assertAccessible("idle-warning-fr");
        kiosk.screenshot("idle-warning-fr-portrait");
        kiosk.click(".still-here").waitUntilGone(".still-here");
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
        // The number's groups, not "046" alone: the page's own addresses carry the server's random port (40465).
        assertThat(kiosk.driver().getPageSource()).doesNotContain("046 454", "454 286").doesNotContain("renouveler passeport");

        kiosk.driver().navigate().back();
        kiosk.waitForVaadin();
        kiosk.find("vaadin-button.language-choice");
        assertThat(kiosk.driver().getPageSource()).doesNotContain("renouveler passeport");
    }

    @Test
    void during_a_help_conversation_the_warning_waits_longer_tells_the_agent_and_staff_news_is_a_banner() {
        TestAgents.onDuty(handoff, AGENT);
        Browser kiosk = open("/");
        kiosk.click("vaadin-button.language-choice[lang=fr]");
        kiosk.clickAnsweringIdleWarning("vaadin-button.help-button");
        kiosk.find(".help-status");
        // On a busy machine the usual warning may have come while the request was being recorded (a warning already
        // showing keeps its countdown): answered, the longer time starts from that touch.
        if (!kiosk.findAll(".still-here").isEmpty()) {
            kiosk.click(".still-here");
            kiosk.waitUntilGone(".still-here");
        }
        long helpAsked = System.nanoTime();
        long id = handoff.openRequests().stream().max(Comparator.comparingLong(HelpRequestSummary::id)).orElseThrow().id();
        handoff.claim(id, AGENT);
        handoff.agentSays(id, AGENT, "Bonjour ! Je regarde votre demande.");
        kiosk.waitForText(".chat-agent", "Bonjour ! Je regarde votre demande.");

        // The warning still comes (WCAG 2.2.1), after the longer time, and the agent hears of it first.
        kiosk.find(".still-here");
        Duration beforeWarning = Duration.ofNanos(System.nanoTime() - helpAsked);
        System.out.printf("Idle warning during help after %d ms (idle-timeout 2 s, in help 15 s)%n",
                beforeWarning.toMillis());
        assertThat(beforeWarning).isGreaterThan(Duration.ofSeconds(12));
        eventually(() -> assertThat(handoff.requestOf(id).orElseThrow().citizenIdleSince()).isNotNull());
        kiosk.assertAccessible("idle-warning-help-fr");
        kiosk.click(".still-here");
        eventually(() -> assertThat(handoff.requestOf(id).orElseThrow().citizenIdleSince()).isNull());
        assertThat(handoff.requestOf(id).orElseThrow().status()).isEqualTo(HelpStatus.LIVE);

        // A guide the agent sends stays on screen; the next message is a banner, not a change of screen.
        handoff.sendGuide(id, AGENT, "passport-renewal", 2);
        kiosk.waitForText(".progress-text", "Étape 2 sur");
        handoff.agentSays(id, AGENT, "Regardez bien l’étape 2.");
        kiosk.waitForText(".staff-banner", "Nouveau message du personnel");
        assertThat(kiosk.find(".progress-text").getText()).contains("Étape 2 sur");
        assertThat(kiosk.focusedIsIn(".staff-banner")).isFalse();
        kiosk.assertAccessible("staff-banner-fr");
        kiosk.resize(Viewport.PORTRAIT_ZOOM_200);
        PageChecks.assertNothingSideways(kiosk, "staff banner at 200 %");
        PageChecks.assertTargetsBigEnough(kiosk, "staff banner at 200 %");
        kiosk.portrait();
        kiosk.click("vaadin-button.staff-banner-open");
        kiosk.waitForText(".chat-agent", "Regardez bien l’étape 2.");

        // Left alone, the kiosk clears itself and the request ends as "citizen left", not cancelled.
        kiosk.find(".still-here");
        new WebDriverWait(kiosk.driver(), Duration.ofSeconds(60))
                .until(d -> !d.findElements(By.cssSelector("vaadin-button.language-choice")).isEmpty());
        eventually(() -> {
            HelpRequestSummary ended = handoff.requestOf(id).orElseThrow();
            assertThat(ended.status()).isEqualTo(HelpStatus.CLOSED);
            assertThat(ended.outcome()).isEqualTo(HelpOutcome.CITIZEN_LEFT);
        });
        assertThat(kiosk.driver().getPageSource()).doesNotContain("Regardez bien");
    }
}
