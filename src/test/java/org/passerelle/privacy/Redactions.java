package org.passerelle.privacy;

/** The redactor the tests use, on the corpus's fixed day (2026-11-24) so that "plausible birth date" does not drift. */
final class Redactions {

    static final Redactor REDACTOR = new Redactor(RedactionCorpus.CLOCK);

    private Redactions() {
    }

    /** The redacted text. */
    static String redact(String text) {
        return REDACTOR.redact(text).text();
    }
}
