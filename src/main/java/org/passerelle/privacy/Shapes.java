package org.passerelle.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pattern pieces and checks shared by the finders. Every pattern is written against the folded text (see
 * {@link Folding}) and with bounded repetitions or possessive quantifiers only, so that matching stays linear
 * in the length of the text whatever it contains.
 */
final class Shapes {

    /** Not glued to the end of a word or number (Java's {@code \b} is ASCII-only since JDK 19). */
    static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{M}\\p{N}_])";
    /** Not glued to the start of a word or number. */
    static final String NOT_BEFORE_WORD = "(?![\\p{L}\\p{M}\\p{N}_])";
    /** A letter of a name, accents (also as combining marks), apostrophes, dots and hyphens included. */
    static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'.-]*+";
    /** Words for an apartment, unit or office, before or after a civic number. */
    static final String UNIT_WORD = "(?i:apartment|appartement|appt|apt|app|unit|suite|bureau|logement)";

    private Shapes() {
    }

    /** Adds a finding for each match of the pattern. */
    static void findAll(Pattern pattern, Kind kind, String text, List<Finding> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(new Finding(kind, m.start(), m.end()));
        }
    }

    /** The ASCII digits of a folded span, separators dropped. */
    static String digits(CharSequence text, int start, int end) {
        StringBuilder digits = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** The Luhn (mod 10) check used by social insurance numbers and payment cards. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return !digits.isEmpty() && sum % 10 == 0;
    }
}
