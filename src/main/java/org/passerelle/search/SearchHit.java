package org.passerelle.search;

import java.util.Objects;

/**
 * One guide that matches a question.
 *
 * @param guideId the guide's id
 * @param score   relevance; only comparable with other hits of the same search
 * @param title   the guide's title in the language searched, as plain text
 * @param snippet a short extract of the guide with the matching words marked: HTML whose only tags are
 *                {@code <mark>} and {@code </mark>}, every other character of the guide's text being
 *                escaped, so it can be put on a page as is
 */
public record SearchHit(String guideId, double score, String title, String snippet) {

    public SearchHit {
        Objects.requireNonNull(guideId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(snippet);
    }
}
