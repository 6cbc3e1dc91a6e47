package org.passerelle.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.passerelle.knowledge.Language;

/**
 * The words of one language's curated guide text, as editors spelled them. It answers two questions
 * the accent-folded index cannot: how to show a corrected word ({@code numero} → {@code numéro}), and
 * whether a phrase is missing accents ({@code impots} where the guides say {@code impôts}, or
 * {@code chomage} where another training phrase says {@code chômage}).
 */
final class Vocabulary {

    private final Map<String, String> surfaceByFolded;
    private final Map<String, Integer> surfaceCounts;
    /** Accent-folded word → its form with the most accented letters, over all texts. */
    private final Map<String, String> mostAccented;

    private Vocabulary(Map<String, String> surfaceByFolded, Map<String, Integer> surfaceCounts,
            Map<String, String> mostAccented) {
        this.surfaceByFolded = surfaceByFolded;
        this.surfaceCounts = surfaceCounts;
        this.mostAccented = mostAccented;
    }

    /**
     * @param curated texts editors wrote and reviewed
     * @param others  other texts (training phrases), only consulted for accents
     */
    static Vocabulary of(Language language, List<String> curated, List<String> others) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> mostAccented = new HashMap<>();
        try (Analyzer surface = Analysis.surfaceWords(language)) {
            for (String text : curated) {
                for (Token token : Token.of(surface, "", text, Integer.MAX_VALUE)) {
                    counts.merge(token.term(), 1, Integer::sum);
                    mostAccented.merge(Analysis.fold(token.term()), token.term(), Vocabulary::moreAccented);
                }
            }
            for (String text : others) {
                for (Token token : Token.of(surface, "", text, Integer.MAX_VALUE)) {
                    mostAccented.merge(Analysis.fold(token.term()), token.term(), Vocabulary::moreAccented);
                }
            }
        }
        Map<String, String> byFolded = new HashMap<>();
        counts.forEach((word, count) -> byFolded.merge(Analysis.fold(word), word,
                (a, b) -> counts.get(a) > counts.get(b) || (counts.get(a).equals(counts.get(b)) && a.compareTo(b) < 0)
                        ? a : b));
        return new Vocabulary(byFolded, counts, mostAccented);
    }

    private static String moreAccented(String a, String b) {
        return accents(b) > accents(a) ? b : a;
    }

    private static int accents(String word) {
        return (int) word.chars().filter(c -> c > 127).count();
    }

    /** The spelling editors use most for an accent-folded word, or the word itself if they never use it. */
    String display(String folded) {
        return surfaceByFolded.getOrDefault(folded, folded);
    }

    /** The lower-cased word, accents as typed, appears in the guides. */
    boolean hasSurface(String lowerCased) {
        return surfaceCounts.containsKey(lowerCased);
    }

    /** Some text writes this word with more accents: {@code chomage} when a phrase has {@code chômage}. */
    boolean hasMoreAccentedForm(String lowerCased) {
        String accented = mostAccented.get(Analysis.fold(lowerCased));
        return accented != null && accents(accented) > accents(lowerCased);
    }

    /** The guides use this word, maybe with accents. */
    boolean hasFolded(String folded) {
        return surfaceByFolded.containsKey(folded);
    }
}
