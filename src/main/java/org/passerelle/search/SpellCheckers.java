package org.passerelle.search;

import org.apache.lucene.search.spell.DirectSpellChecker;

/** The typo tolerance's spell checkers, the same when the suggestions are built and when a question is searched. */
final class SpellCheckers {

    static DirectSpellChecker of(SearchSettings.Fuzzy fuzzy, int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinPrefix(fuzzy.prefixLength());
        checker.setMinQueryLength(fuzzy.minLengthOneEdit());
        checker.setAccuracy(fuzzy.minSimilarity());
        checker.setLowerCaseTerms(false);
        // Absolute: a frequent word may still be expanded under ALL_WORDS.
        checker.setMaxQueryFrequency(Integer.MAX_VALUE);
        return checker;
    }

    private SpellCheckers() {
    }
}
