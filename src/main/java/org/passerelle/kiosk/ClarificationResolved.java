package org.passerelle.kiosk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/**
 * Published by {@link AnswerFeedback} when a citizen answers a "did you mean…?": with one of the guides offered, or with "None of
 * these". Like {@link QuestionAnswered} it carries the question as typed, in memory only, and keeps it out
 * of {@link #toString()}.
 *
 * @param chosenGuideId the guide chosen, or {@code null} for "None of these"
 * @param candidates    the ids of the guides that were offered, in the order shown
 * @param question      the question that was being clarified, cleaned but not redacted
 * @param at            when the citizen answered
 */
public record ClarificationResolved(String kioskId, Language language, @Nullable String chosenGuideId,
        List<String> candidates, String question, Instant at) {

    public ClarificationResolved {
        Objects.requireNonNull(kioskId);
        Objects.requireNonNull(language);
        Objects.requireNonNull(question);
        Objects.requireNonNull(at);
        candidates = List.copyOf(candidates);
    }

    /** The citizen said "None of these": none of the guides offered was what they wanted. */
    public boolean noneChosen() {
        return chosenGuideId == null;
    }

    @Override
    public String toString() {
        return "ClarificationResolved[kioskId=" + kioskId + ", language=" + language + ", chosenGuideId="
                + chosenGuideId + ", candidates=" + candidates + ", question=(" + question.length() + " characters), at=" + at
                + "]";
    }
}
