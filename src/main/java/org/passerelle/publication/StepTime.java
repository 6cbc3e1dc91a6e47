package org.passerelle.publication;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step's time as an ISO 8601 duration, only when the words say it exactly ("5 minutes", "1 heure"). "About 30
 * minutes", "15 to 30 minutes" or "a few weeks" have no exact duration, and a search engine shown an invented one would
 * mislead: those stay words on the page and nothing in the JSON-LD.
 */
final class StepTime {

    private static final Pattern EXACT = Pattern.compile(
            "(\\d{1,4})\\s+(minute|minutes|min|hour|hours|heure|heures|h)");

    private StepTime() {
    }

    static Optional<Duration> exact(String words) {
        Matcher m = EXACT.matcher(words.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        return Optional.of(m.group(2).startsWith("m") ? Duration.ofMinutes(amount) : Duration.ofHours(amount));
    }
}
