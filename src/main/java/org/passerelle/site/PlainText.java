package org.passerelle.site;

/**
 * What may be typed in a site's or desk's texts. They are stored and shown as text, never as markup, so {@code <b>} or
 * {@code <script>} is harmless and kept as typed. Control characters are not: a null or an escape is invisible on
 * screen yet breaks exports and logs, and bidirectional overrides (U+202A–U+202E, U+2066–U+2069) make a text read
 * differently from what it holds. They are refused, not stripped, so that nothing is saved that the administrator
 * did not see.
 */
final class PlainText {

    private PlainText() {
    }

    /**
     * Whether {@code text} holds a character it must not: any control character, except tabs and line breaks in a
     * text of several lines; line and paragraph separators in a one-line text.
     */
    static boolean hasControlCharacters(String text, boolean multiline) {
        return text.codePoints().anyMatch(c -> forbidden(c, multiline));
    }

    private static boolean forbidden(int c, boolean multiline) {
        if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
            return false;
        }
        if (Character.getType(c) == Character.CONTROL) {
            return true;
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return true;
        }
        return !multiline && (c == 0x2028 || c == 0x2029);
    }
}
