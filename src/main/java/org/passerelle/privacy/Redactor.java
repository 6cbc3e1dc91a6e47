package org.passerelle.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Replaces the personal identifiers of a citizen's text by placeholders, before the text is stored or shown
 * to a support agent: social insurance numbers, card numbers, phone numbers, e-mail addresses, Canadian
 * postal codes, dates of birth, street addresses and people's names where the sentence announces one, written
 * in English or French (see {@link Kind} and the package-private finders for the exact rules).
 *
 * <p>Each finder looks at a folded copy of the text (see {@link Folding}), so identifiers written with
 * full-width or Arabic-Indic digits, no-break spaces or typographic dashes are found like ASCII ones. When
 * findings overlap, the longest wins (an e-mail address holding digits is an e-mail address), then the
 * earlier {@link Kind}.
 *
 * <p>It is stateless and thread-safe. Every pattern uses bounded or possessive repetition only, so the time
 * taken grows linearly with the length of the text, whatever the text.
 */
@Component
public final class Redactor {

    private static final Comparator<Finding> LONGEST_FIRST = Comparator.comparingInt(Finding::length).reversed()
            .thenComparing(Finding::kind).thenComparingInt(Finding::start);

    private static final Set<Kind> ALL = EnumSet.allOf(Kind.class);
    private static final Set<Kind> STAFF = EnumSet.complementOf(EnumSet.of(Kind.NAME));

    private final BirthDates birthDates;

    /** @param clock today's date, against which a date is judged a plausible birth date */
    public Redactor(Clock clock) {
        this.birthDates = new BirthDates(clock);
    }

    /**
     * Finds the identifiers of a text and replaces each with its placeholder ({@code [sin]},
     * {@code [postal-code]} …). Never fails on a non-null text, whatever its content or length.
     *
     * @param text what the citizen wrote
     * @return the redacted text and the identifiers found, in the coordinates of {@code text}
     */
    public Redaction redact(String text) {
        return redact(text, ALL);
    }

    /**
     * Like {@link #redact(String)}, for staff's own words: every identifier but names. An agent who writes "Hello, I
     * am Alice" gives her own name to the citizen on purpose; a citizen's SIN or phone number in an agent's message is
     * still redacted.
     */
    public Redaction redactStaffText(String text) {
        return redact(text, STAFF);
    }

    private Redaction redact(String text, Set<Kind> kinds) {
        String folded = Folding.fold(text);
        List<Finding> candidates = new ArrayList<>();
        if (hasDigit(folded)) {
            DigitRuns.find(folded, candidates);
            PostalCodes.find(folded, candidates);
            birthDates.find(folded, candidates);
            Addresses.find(folded, candidates);
        }
        Emails.find(folded, candidates);
        if (kinds.contains(Kind.NAME)) {
            Names.find(folded, candidates);
        }
        List<Finding> findings = withoutOverlaps(candidates);
        return new Redaction(replace(text, findings), findings);
    }

    /**
     * Redacts the whole text, then shortens the result to at most {@code maxLength} characters, the last one an
     * ellipsis. In that order, always: a cut made first can split an identifier ({@code 046 454 28…}) so that it
     * no longer matches and half of it is kept. Every feature that stores or shows a shortened text the citizen
     * wrote goes through here, so the order cannot drift.
     *
     * @param maxLength at least 2
     * @return the redacted text, shortened; never half a surrogate pair
     */
    public String redact(String text, int maxLength) {
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength must be at least 2: " + maxLength);
        }
        String redacted = redact(text).text();
        if (redacted.length() <= maxLength) {
            return redacted;
        }
        int end = maxLength - 1;
        if (Character.isHighSurrogate(redacted.charAt(end - 1))) {
            end--;
        }
        return redacted.substring(0, end) + "\u2026";
    }

    private static boolean hasDigit(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The longest of overlapping findings, then the earlier kind; the result is in text order. */
    private static List<Finding> withoutOverlaps(List<Finding> candidates) {
        candidates.sort(LONGEST_FIRST);
        TreeMap<Integer, Finding> kept = new TreeMap<>();
        for (Finding candidate : candidates) {
            Map.Entry<Integer, Finding> before = kept.floorEntry(candidate.start());
            Map.Entry<Integer, Finding> after = kept.ceilingEntry(candidate.start());
            if ((before == null || !before.getValue().overlaps(candidate))
                    && (after == null || !after.getValue().overlaps(candidate))) {
                kept.put(candidate.start(), candidate);
            }
        }
        return List.copyOf(kept.values());
    }

    private static String replace(String text, List<Finding> findings) {
        if (findings.isEmpty()) {
            return text;
        }
        StringBuilder redacted = new StringBuilder(text.length());
        int from = 0;
        for (Finding finding : findings) {
            redacted.append(text, from, finding.start()).append(finding.kind().placeholder());
            from = finding.end();
        }
        return redacted.append(text, from, text.length()).toString();
    }
}
