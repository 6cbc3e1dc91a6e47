package org.passerelle.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a citizen typed, made safe to analyse, and rewritten with corrected words. */
final class UserText {

    private UserText() {
    }

    /**
     * At most {@code maxLength} characters (never half a surrogate pair), control and invisible format
     * characters replaced by spaces. Not trimmed: a trailing space tells autocomplete a word is finished.
     */
    static String clean(@Nullable String text, int maxLength) {
        if (text == null) {
            return "";
        }
        int end = Math.min(text.length(), maxLength);
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder clean = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            clean.append(type == Character.CONTROL || type == Character.FORMAT && c != '\u200d' ? ' ' : c);
        }
        return clean.toString();
    }

    /**
     * {@code text} with some of its words replaced, keeping everything around them: an elided article
     * ({@code l'assurence} → {@code l'assurance}), a possessive, and the typed capitalisation.
     *
     * @param words        the words of {@code text} with their offsets, as analysed
     * @param replacements typed (analysed) word → replacement
     */
    static String replace(String text, List<Token> words, Map<String, String> replacements) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int position = 0;
        for (Token word : words) {
            String replacement = replacements.get(word.term());
            if (replacement == null || word.start() < position) {
                continue;
            }
            String typed = text.substring(word.start(), word.end());
            int apostrophe = Math.max(typed.lastIndexOf('\''), typed.lastIndexOf('\u2019'));
            int start = word.start();
            int end = word.end();
            if (apostrophe >= 0 && apostrophe < typed.length() - 2) {
                // French elision: the word is after the apostrophe.
                start += apostrophe + 1;
            } else if (apostrophe >= 0) {
                // English possessive: the word is before it.
                end = word.start() + apostrophe;
            }
            out.append(text, position, start).append(matchCase(text.substring(start, end), replacement));
            position = end;
        }
        return out.append(text, position, text.length()).toString();
    }

    private static String matchCase(String typed, String replacement) {
        if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))
                && !typed.equals(typed.toLowerCase(Locale.ROOT))) {
            return replacement.toUpperCase(Locale.ROOT);
        }
        if (!typed.isEmpty() && Character.isUpperCase(typed.codePointAt(0))) {
            return replacement.substring(0, 1).toUpperCase(Locale.ROOT) + replacement.substring(1);
        }
        return replacement;
    }
}
