package org.passerelle.browser;

import java.time.Duration;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests do on an agent's console. */
final class Consoles {

    private Consoles() {
    }

    /**
     * Opens the conversation of the queue card showing {@code text}, as an agent would: a push that redraws the queue
     * between finding a card and clicking it makes that click land on a card no longer there (stale, or detached on
     * the server, which then ignores it), so the click is repeated until the card is the one shown.
     */
    static void clickCard(Browser console, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                console.click(".queue-card", text);
                new WebDriverWait(console.driver(), Duration.ofSeconds(10)).until(d -> console
                        .findAll(".queue-card[aria-current='true']").stream().anyMatch(c -> c.getText().contains(text)));
                return;
            } catch (StaleElementReferenceException | TimeoutException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }
}
