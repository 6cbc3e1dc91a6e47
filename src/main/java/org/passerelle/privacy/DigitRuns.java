package org.passerelle.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Social insurance numbers, card numbers and phone numbers: runs of digit groups told apart by how many
 * digits they have, how they are written and their check digit.
 *
 * <p>Precedence on a run of digits, decided by the run as a whole (a run is never cut into pieces: the
 * patterns refuse to start or end next to another digit group, so {@code 1234 567 890 123} holds no SIN):
 * <ul>
 * <li>written with {@code +}, or with the exit codes {@code 00} or {@code 011} and a separator: a phone
 *     number, whatever its length (8 to 15 digits) and checksum — cards and SINs are never written so;</li>
 * <li>9 digits: a SIN if the Luhn check passes. No phone number has 9 digits. A 9-digit run that fails the
 *     check is left as it is: such runs are mostly file, confirmation and reference numbers, which the
 *     agent needs to read; the price is that a mistyped SIN stays visible (see docs/benchmarks.md);</li>
 * <li>10 digits, or 11 starting with 1, in North American shape (area code and exchange not starting with
 *     0 or 1): a phone number, even when Luhn-valid — a tenth of all phone numbers pass that check, so it
 *     says nothing. Other 10- to 12-digit runs are left as they are;</li>
 * <li>13 to 19 digits, not starting with 0, grouped in 3 to 6 digits or not grouped: a card if the Luhn
 *     check passes. A run that fails is not redacted.</li>
 * </ul>
 * A run glued to a currency sign or followed by a decimal part ({@code 123 456 789,00 $}) is an amount.
 */
final class DigitRuns {

    /** Between two digit groups: one or two spaces, or a dot or hyphen with optional spaces around. */
    private static final String SEP = "(?: ?[.-] ?| {1,2})?";
    /**
     * Not the continuation of a word, an amount, a path, a phone's '+', or a longer number. Each pattern puts a
     * one-character look-ahead before it: look-behinds are costly and most positions are not a digit.
     */
    private static final String START = "(?<![\\p{L}\\p{M}\\p{N}_@$€£/\\\\+])(?<!\\d[.,-])(?<!\\d {1,2})(?<!\\d ?- ?)";
    /** Not followed by a word, another digit group, a decimal part, or a currency or percent sign. */
    private static final String END = "(?![\\p{L}\\p{M}\\p{N}_@/\\\\])(?![.,-]\\d)(?! {1,2}\\d)(?! ?- ?\\d)(?! ?[$€£¢%])";
    private static final String EXTENSION = "(?:,? {0,2}(?i:extension|ext|poste|x|p)\\.? {0,2}#? {0,2}\\d{1,6})?";

    private static final Pattern NINE_DIGITS = Pattern.compile("(?=\\d)" + START + "\\d{3}" + SEP + "\\d{3}" + SEP + "\\d{3}" + END);
    private static final Pattern CARD = Pattern.compile("(?=[1-9])" + START + "[1-9](?:" + SEP + "\\d){12,18}" + END);
    private static final Pattern NORTH_AMERICAN = Pattern.compile("(?=[+(\\d])" + START
            + "(?:(?:\\+ ?1|1)(?: ?[.-] ?| )?)?"
            + "(?:\\( ?[2-9]\\d\\d ?\\) ?(?:[.-] ?)?|[2-9]\\d\\d" + SEP + ")"
            + "[2-9]\\d\\d" + SEP + "\\d{4}" + EXTENSION + END);
    /** One digit at a time, so that no grouping of the digits can be tried twice (no backtracking blow-up). */
    private static final Pattern INTERNATIONAL = Pattern.compile("(?=[+0])" + START
            + "(?:\\+ ?|(?:011|00)[ .-])[1-9](?:(?: ?[.-] ?| {1,2}|\\) ?| ?\\()?\\d){6,14}" + EXTENSION + END);

    private static final int MIN_INTERNATIONAL_DIGITS = 8;
    private static final int MAX_INTERNATIONAL_DIGITS = 15;

    private DigitRuns() {
    }

    static void find(String text, List<Finding> into) {
        Matcher m = NINE_DIGITS.matcher(text);
        while (m.find()) {
            if (Shapes.luhn(Shapes.digits(text, m.start(), m.end()))) {
                into.add(new Finding(Kind.SIN, m.start(), m.end()));
            }
        }
        m = CARD.matcher(text);
        while (m.find()) {
            if (Shapes.luhn(Shapes.digits(text, m.start(), m.end())) && groupedLikeACard(text, m.start(), m.end())) {
                into.add(new Finding(Kind.CARD, m.start(), m.end()));
            }
        }
        Shapes.findAll(NORTH_AMERICAN, Kind.PHONE, text, into);
        m = INTERNATIONAL.matcher(text);
        while (m.find()) {
            int digits = subscriberDigits(text, m.start(), m.end());
            if (digits >= MIN_INTERNATIONAL_DIGITS && digits <= MAX_INTERNATIONAL_DIGITS) {
                into.add(new Finding(Kind.PHONE, m.start(), m.end()));
            }
        }
    }

    /** Cards are printed in groups of 4 (Amex 4-6-5, some 4-4-4-4-3): refuse "1 2 3 4 5 …" counting. */
    private static boolean groupedLikeACard(String text, int start, int end) {
        String[] groups = text.substring(start, end).split("\\D+");
        if (groups.length == 1) {
            return true;
        }
        for (String group : groups) {
            if (group.length() < 3 || group.length() > 6) {
                return false;
            }
        }
        return true;
    }

    /** Digits of an international number after its exit code ({@code +}, {@code 00} or {@code 011}), extension left out. */
    private static int subscriberDigits(String text, int start, int end) {
        int number = start;
        while (number < end && !Character.isLetter(text.charAt(number)) && text.charAt(number) != ',') {
            number++;
        }
        String digits = Shapes.digits(text, start, number);
        int exitCode = text.charAt(start) == '+' ? 0 : digits.startsWith("011") ? 3 : 2;
        return digits.length() - exitCode;
    }
}
