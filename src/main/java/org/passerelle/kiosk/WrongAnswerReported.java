package org.passerelle.kiosk;

import java.time.Instant;
import java.util.Objects;
import org.passerelle.knowledge.Language;

/**
 * Published by {@link AnswerFeedback} when a citizen says the guide the kiosk showed or proposed is not what they asked: "This is not what I
 * asked" on a guide, or No to "Is this what you need?". Like {@link QuestionAnswered} it carries the question as
 * typed, in memory only, and keeps it out of {@link #toString()}.
 *
 * @param guideId  the guide that was shown or proposed
 * @param question the question it was the answer to, cleaned but not redacted
 * @param how      where the citizen said so
 * @param at       when the citizen said so
 */
public record WrongAnswerReported(String kioskId, Language language, String guideId, String question, How how,
        Instant at) {

    /** Where the citizen said the answer was wrong. */
    public enum How {
        /** "This is not what I asked" on a guide card or on the guide it opened. */
        NOT_WHAT_I_ASKED,
        /** No to "Is this what you need?". */
        CONFIRMATION_DECLINED
    }

    public WrongAnswerReported {
        Objects.requireNonNull(kioskId);
        Objects.requireNonNull(language);
        Objects.requireNonNull(guideId);
        Objects.requireNonNull(question);
        Objects.requireNonNull(how);
        Objects.requireNonNull(at);
    }

    @Override
    public String toString() {
        return "WrongAnswerReported[kioskId=" + kioskId + ", language=" + language + ", guideId=" + guideId
                + ", how=" + how + ", question=(" + question.length() + " characters), at=" + at + "]";
    }
}
