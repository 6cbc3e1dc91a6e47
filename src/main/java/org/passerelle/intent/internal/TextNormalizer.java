package org.passerelle.intent.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.passerelle.knowledge.Language;

/**
 * Turns what a citizen typed into the tokens the classifier sees. Citizens type without accents, with
 * or without apostrophes, in capitals or not: all of that is folded away so "Pièce d'identité",
 * "piece didentite" and "PIECE D IDENTITE" give the same tokens. Normalisation is the same at training
 * and at prediction time because both go through this class.
 */
public final class TextNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[’‘ʼ`´]");
    // French elision: "l'", "d'", "qu'" ... are glued to the next word; alone they carry no meaning.
    private static final Pattern FRENCH_ELISION =
            Pattern.compile("\\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+");

    private TextNormalizer() {
    }

    /**
     * The normalised tokens of at most {@code maxLength} characters of {@code text}: lower case, accents
     * and ligatures folded, French elisions removed, English apostrophes dropped ("don't" → "dont", as people
     * type it), punctuation, symbols and emoji removed, and a number standing alone replaced by {@code 0}
     * (an amount or a date says little about which service is wanted; "t4" or "5e" keep their digits).
     */
    public static List<String> tokens(String text, Language language, int maxLength) {
        String s = normalize(text, language, maxLength);
        List<String> tokens = new ArrayList<>();
        for (String token : s.split(" ")) {
            if (token.isEmpty()) {
                continue;
            }
            tokens.add(NUMBER.matcher(token).matches() ? "0" : token);
        }
        return tokens;
    }

    /** The normalised text, tokens separated by single spaces. */
    public static String normalize(String text, Language language, int maxLength) {
        String s = text.length() > maxLength ? text.substring(0, cut(text, maxLength)) : text;
        s = s.toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replace("ß", "ss");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        s = APOSTROPHES.matcher(s).replaceAll("'");
        if (language == Language.FR) {
            s = FRENCH_ELISION.matcher(s).replaceAll(" ");
        }
        s = s.replace("'", "");
        return NOT_WORD.matcher(s).replaceAll(" ").strip();
    }

    /** A cut that does not split a surrogate pair. */
    private static int cut(String text, int maxLength) {
        return Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
    }
}
