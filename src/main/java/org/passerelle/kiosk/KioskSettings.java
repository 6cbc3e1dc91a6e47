package org.passerelle.kiosk;

import java.time.Duration;
import org.passerelle.knowledge.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this kiosk behaves.
 *
 * @param id              this kiosk's id, from configuration (never from what a citizen types)
 * @param name            its name for agents ("Kiosk 3")
 * @param location        where it stands, so a helper can walk over ("Main library, ground floor")
 * @param defaultLanguage the language of the welcome screen's controls before anyone chooses
 * @param idleTimeout     after this long without a touch or key, ask "Are you still there?"
 * @param idleWarning     how long that question stays before everything is cleared; WCAG 2.2.1 asks
 *                        for at least 20 seconds to respond
 * @param idleTimeoutInHelp the idle time instead of {@code idleTimeout} while the person waits for or talks with
 *                        staff (reading a sent guide, waiting in line): never shorter than {@code idleTimeout}
 * @param suggestions     how many autocomplete suggestions to show under the question box
 */
@ConfigurationProperties("passerelle.kiosk")
public record KioskSettings(
        @DefaultValue("kiosk-1") String id,
        @DefaultValue("Kiosk 1") String name,
        @DefaultValue("Service centre, entrance") String location,
        @DefaultValue("EN") Language defaultLanguage,
        @DefaultValue("2m") Duration idleTimeout,
        @DefaultValue("30s") Duration idleWarning,
        @DefaultValue("10m") Duration idleTimeoutInHelp,
        @DefaultValue("4") int suggestions) {

    /** The shortest warning that still gives a person time to respond (WCAG 2.2.1, Timing Adjustable). */
    public static final Duration MIN_WARNING = Duration.ofSeconds(20);

    public KioskSettings {
        if (id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("passerelle.kiosk.id must be 1 to 64 characters");
        }
        if (idleWarning.compareTo(MIN_WARNING) < 0) {
            throw new IllegalArgumentException(
                    "passerelle.kiosk.idle-warning must be at least 20s so that a person can respond (WCAG 2.2.1)");
        }
        if (idleTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("passerelle.kiosk.idle-timeout must be at least 1s");
        }
        if (idleTimeoutInHelp.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException("passerelle.kiosk.idle-timeout-in-help must be at least "
                    + "passerelle.kiosk.idle-timeout: a person waiting for staff gets more time, never less");
        }
        if (suggestions < 0 || suggestions > 10) {
            throw new IllegalArgumentException("passerelle.kiosk.suggestions must be between 0 and 10");
        }
    }
}
