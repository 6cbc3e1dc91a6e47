package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.handoff.PresenceStatus;
import org.passerelle.handoff.TestAgents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A kiosk whose network goes while a person waits for help: the screen says so at once, in the kiosk's language,
 * takes no tap until the connection is back (Vaadin would send a tap made meanwhile when it returns), and the help
 * request is still there afterwards. The kiosk reaches the server through a {@link CablePuller}.
 */
class ConnectionLostIT extends BrowserTest {

    private static final String LOST = ".connection-lost:not([hidden])";

    @LocalServerPort
    int port;

    @Autowired
    HandoffService handoff;

    @Test
    void a_lost_connection_is_said_over_the_screen_no_tap_goes_through_and_the_help_request_is_intact() {
        try (CablePuller cable = new CablePuller(port)) {
            TestAgents.onDuty(handoff, "cable-agent");
            Browser kiosk = Browser.launch(cable.url(), Viewport.PORTRAIT_KIOSK);
            try {
                kiosk.open("/");
                kiosk.click("vaadin-button.language-choice[lang=fr]");
                kiosk.click("vaadin-button.help-button");
                kiosk.find(".help-status");
                long id = handoff.openRequests().stream().max(Comparator.comparingLong(HelpRequestSummary::id))
                        .orElseThrow().id();
                assertThat(kiosk.findAll(LOST)).isEmpty();

                long pulled = System.nanoTime();
                cable.unplug();
                WebElement overlay = new WebDriverWait(kiosk.driver(), Duration.ofSeconds(20))
                        .until(d -> d.findElements(By.cssSelector(LOST)).stream().findFirst().orElse(null));
                Duration shownAfter = Duration.ofNanos(System.nanoTime() - pulled);
                System.out.printf("Connection lost overlay shown %d ms after the cable was pulled%n", shownAfter.toMillis());
                assertThat(shownAfter).isLessThan(Duration.ofSeconds(5));
                assertThat(overlay.getText()).contains("Connexion perdue — nouvel essai en cours",
                        "Votre demande d’aide est gardée");
                assertThat(kiosk.find(".connection-lost-box").getDomAttribute("role")).isEqualTo("alert");
                kiosk.assertAccessible("connection-lost-fr");
                kiosk.screenshot("connection-lost-fr-portrait");
                kiosk.resize(Viewport.PORTRAIT_ZOOM_200);
                PageChecks.assertNothingSideways(kiosk, "connection lost at 200 %");
                kiosk.portrait();

                // The person taps "Cancel my request" and presses Enter on it while nothing can reach the server.
                WebElement cancel = kiosk.find("vaadin-button.cancel-help");
                new Actions(kiosk.driver()).moveToElement(cancel).click().perform();
                kiosk.script("arguments[0].focus()", cancel);
                new Actions(kiosk.driver()).sendKeys(Keys.ENTER).perform();

                cable.plugIn();
                new WebDriverWait(kiosk.driver(), Duration.ofSeconds(60))
                        .until(d -> d.findElements(By.cssSelector(LOST)).isEmpty());
                kiosk.waitForVaadin();

                // Nothing was replayed: the request waits as before and the screen still offers to cancel it.
                assertThat(handoff.requestOf(id).orElseThrow().status()).isEqualTo(HelpStatus.WAITING);
                assertThat(kiosk.findAll("vaadin-button.cancel-help")).hasSize(1);
                assertThat(kiosk.find("h1").getText()).isEqualTo("Une personne va vous aider");

                // And the conversation goes on by push.
                handoff.claim(id, "cable-agent");
                handoff.agentSays(id, "cable-agent", "Vous êtes de retour en ligne.");
                kiosk.waitForText(".chat-agent", "Vous êtes de retour en ligne.");
            } finally {
                kiosk.close();
            }
        }
    }

    @Test
    void the_nobody_can_help_now_screen_is_accessible_and_fits_at_200_percent() {
        handoff.presences().forEach(p -> handoff.setStatus(p.agent(), PresenceStatus.AWAY));
        Browser kiosk = open("/");
        kiosk.click("vaadin-button.language-choice[lang=fr]");
        kiosk.waitForText("vaadin-button.help-button", "Personne ne peut aider en ce moment");
        kiosk.click("vaadin-button.help-button");

        kiosk.waitForText("h1", "Personne ne peut vous aider en ce moment");
        kiosk.find(".help-nobody");
        kiosk.assertAccessible("help-nobody-fr");
        kiosk.screenshot("help-nobody-fr-portrait");
        kiosk.resize(Viewport.PORTRAIT_ZOOM_200);
        PageChecks.assertNothingSideways(kiosk, "nobody can help now at 200 %");
        PageChecks.assertTargetsBigEnough(kiosk, "nobody can help now at 200 %");
    }
}
