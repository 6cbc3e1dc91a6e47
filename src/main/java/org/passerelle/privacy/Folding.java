package org.passerelle.privacy;

/**
 * Folds a text, character for character, into the small alphabet the finders' patterns are written for:
 * every Unicode decimal digit becomes its ASCII digit ({@code ٠٤٦} → {@code 046}), every space, control or
 * invisible formatting character a plain space, every dash a hyphen-minus, full-width ASCII its ASCII form,
 * typographic apostrophes {@code '}.
 *
 * <p>The folded text has the same length as the original, so a span found in one is the same span in the
 * other: findings are reported, and the original replaced, without any offset mapping. The price is that
 * only one-character foldings are possible (no NFKC ligature expansion, no removal of a zero-width space,
 * which becomes a space instead); characters outside the Basic Multilingual Plane are left alone.
 */
final class Folding {

    private static final char[] TABLE = table();

    private Folding() {
    }

    static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = TABLE[text.charAt(i)];
        }
        return new String(folded);
    }

    private static char[] table() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = fold((char) c);
        }
        return table;
    }

    private static char fold(char c) {
        if (Character.isSurrogate(c)) {
            return c;
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - '\uFF01' + '!');
        }
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
            return '\'';
        }
        if (c == '\u2212') {
            return '-';
        }
        return switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER -> (char) ('0' + Character.digit(c, 10));
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.CONTROL, Character.FORMAT -> ' ';
            case Character.DASH_PUNCTUATION -> '-';
            default -> c;
        };
    }
}
