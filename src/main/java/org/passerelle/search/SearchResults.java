package org.passerelle.search;

import java.util.List;
import java.util.Optional;

/**
 * The guides that match a question, best first.
 *
 * @param hits       at most the number asked for; empty when nothing matches or the question has no
 *                   searchable word
 * @param didYouMean the question with misspelled words corrected ({@code pasport renwal} →
 *                   {@code passport renewal}), offered only when the corrected question finds clearly better
 *                   results; plain text, not HTML-escaped
 */
public record SearchResults(List<SearchHit> hits, Optional<String> didYouMean) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    static SearchResults empty() {
        return new SearchResults(List.of(), Optional.empty());
    }

    /** The best hit's guide id, if any. */
    public Optional<String> topGuideId() {
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.getFirst().guideId());
    }
}
