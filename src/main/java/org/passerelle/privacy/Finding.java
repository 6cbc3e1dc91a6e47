package org.passerelle.privacy;

/**
 * One identifier found in a text, by its position in the text that was given to
 * {@link Redactor#redact(String)} (not in the redacted text).
 *
 * @param kind what the identifier is
 * @param start index of its first character
 * @param end index after its last character (exclusive), greater than {@code start}
 */
public record Finding(Kind kind, int start, int end) {

    public Finding {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }

    /** Number of characters of the original text it covers. */
    public int length() {
        return end - start;
    }

    /** Whether the two findings share at least one character. */
    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
