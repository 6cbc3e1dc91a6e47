package org.passerelle.search;

import java.util.Set;
import org.passerelle.knowledge.Language;

/**
 * Tells an inflection from a misspelling when both stem alike: {@code expires}/{@code expired} differ only
 * by inflectional endings, {@code insurence}/{@code insurance} do not. Stemmers cannot tell: Porter reduces
 * both pairs to one stem, and the light French stemmer also folds doubled letters
 * ({@code renouvelement}/{@code renouvellement}). Only used to decide what "did you mean" offers.
 */
final class Inflections {

    // Accent-folded, as the words compared are.
    private static final Set<String> ENGLISH = Set.of("", "s", "es", "ed", "d", "ing", "er", "ers", "y", "ies",
            "ied", "ly", "al", "als", "ion", "ions", "ation", "ations", "ment", "ments");
    private static final Set<String> FRENCH = Set.of("", "s", "x", "e", "es", "ee", "ees", "er", "ez", "ent",
            "ant", "ait", "ais", "aient", "ons", "ions", "iez", "ement", "ment", "ments", "eur", "eurs", "euse",
            "euses", "if", "ive", "ifs", "ives", "al", "aux", "ale", "ales", "ation", "ations");

    private Inflections() {
    }

    /**
     * Both words are one common beginning (of three letters or more) followed by an inflectional ending or
     * nothing; the split may come before the end of the common prefix ({@code renouvele|r} and
     * {@code renouvele|z} split as {@code renouvel|er}, {@code renouvel|ez}).
     */
    static boolean areInflections(Language language, String a, String b) {
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        Set<String> endings = language == Language.FR ? FRENCH : ENGLISH;
        for (int split = common; split >= 3 && split >= common - MAX_SHARED_ENDING; split--) {
            if (endings.contains(a.substring(split)) && endings.contains(b.substring(split))) {
                return true;
            }
        }
        return false;
    }

    /** Endings above are at most this long, so the split is never further back. */
    private static final int MAX_SHARED_ENDING = 5;
}
