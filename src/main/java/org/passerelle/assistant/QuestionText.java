package org.passerelle.assistant;

import java.text.Normalizer;

/**
 * Cleans what a citizen typed before anything looks at it: Unicode normalisation, control and
 * invisible characters removed, runs of spaces collapsed. Markup is left as text: it is never
 * interpreted here, and every screen escapes what it shows.
 */
final class QuestionText {

    private QuestionText() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(Math.min(text.length(), 4096));
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE;
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (invisible) {
                // Dropped without a space: "pass\u0000port" is still "passport".
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** True when the text has at least one letter or digit, so there is something to understand. */
    static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
