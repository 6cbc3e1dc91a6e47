package org.passerelle.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The redactor the tests use, on a fixed day so that "plausible birth date" and "next week" do not drift. */
final class Redactions {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);
    static final Redactor REDACTOR = new Redactor(CLOCK);

    private Redactions() {
    }

    /** The redacted text. */
    static String redact(String text) {
        return REDACTOR.redact(text).text();
    }
}
