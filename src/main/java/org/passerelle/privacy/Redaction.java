package org.passerelle.privacy;

import java.util.List;

/**
 * A text with its personal identifiers replaced by placeholders such as {@code [sin]} or
 * {@code [postal-code]}, and what was replaced.
 *
 * @param text the redacted text, safe to store and to show to an agent
 * @param findings the identifiers replaced, in order, in the coordinates of the original text
 */
public record Redaction(String text, List<Finding> findings) {

    public Redaction {
        findings = List.copyOf(findings);
    }

    /** Whether anything was replaced. */
    public boolean redacted() {
        return !findings.isEmpty();
    }
}
