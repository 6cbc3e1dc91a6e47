package org.passerelle.kiosk;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.passerelle.assistant.Answer;
import org.passerelle.assistant.Answer.Clarification;
import org.passerelle.assistant.Answer.Confirmation;
import org.passerelle.assistant.Answer.GuideAnswer;
import org.passerelle.assistant.Answer.InvalidQuestion;
import org.passerelle.assistant.Answer.NotUnderstood;
import org.passerelle.assistant.Answer.SystemReply;
import org.passerelle.knowledge.Language;

/**
 * Published by {@link AnswerFeedback#answered} when the kiosk has answered a question, for features that learn from what citizens ask (the
 * editors' content gaps and dashboard). It lives in memory only: the question is exactly what the citizen
 * typed, so a listener that keeps it must redact it first, and {@link #toString()} leaves it out so that it
 * never reaches a log.
 *
 * @param kioskId  the kiosk the browser is, or "(unenrolled)" for a browser that is none
 * @param language the language of the answer (the question's, detected)
 * @param guideId  with {@link Outcome#GUIDE} and {@link Outcome#CONFIRMATION}: the guide shown or proposed
 * @param question what the citizen typed, cleaned but not redacted
 * @param lowMargin the guide was shown or proposed although the next guide was within the clarification margin:
 *                 a likely wrong answer, which editors should see
 * @param at       when the kiosk answered (listeners may hear it later, on a thread of their own)
 */
public record QuestionAnswered(String kioskId, Language language, Outcome outcome, @Nullable String guideId,
        String question, boolean lowMargin, Instant at) {

    /** What kind of answer the question got. */
    public enum Outcome {
        GUIDE,
        /** "Is this what you need?" with one guide: medium confidence. */
        CONFIRMATION,
        CLARIFICATION,
        NOT_UNDERSTOOD,
        SYSTEM,
        INVALID
    }

    public QuestionAnswered {
        Objects.requireNonNull(kioskId);
        Objects.requireNonNull(language);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(question);
        Objects.requireNonNull(at);
        boolean withGuide = outcome == Outcome.GUIDE || outcome == Outcome.CONFIRMATION;
        if (withGuide != (guideId != null)) {
            throw new IllegalArgumentException("a guide id goes with a guide answer or confirmation, and only with one");
        }
        if (lowMargin && !withGuide) {
            throw new IllegalArgumentException("only a guide shown or proposed has a margin");
        }
    }

    /** An answer without a guide, or a guide given with a clear margin. */
    public QuestionAnswered(String kioskId, Language language, Outcome outcome, @Nullable String guideId,
            String question, Instant at) {
        this(kioskId, language, outcome, guideId, question, false, at);
    }

    /** The event for {@code answer}, given to {@code question} at kiosk {@code kioskId} at {@code at}. */
    public static QuestionAnswered of(String kioskId, String question, Answer answer, Instant at) {
        Outcome outcome = switch (answer) {
            case GuideAnswer g -> Outcome.GUIDE;
            case Confirmation c -> Outcome.CONFIRMATION;
            case Clarification c -> Outcome.CLARIFICATION;
            case NotUnderstood n -> Outcome.NOT_UNDERSTOOD;
            case SystemReply s -> Outcome.SYSTEM;
            // Counted with the system replies for now: an answer, not a failure, and no guide of ours. A REFERRAL
            // outcome of its own needs the insights dashboard's counts to learn it.
            case Answer.ReferralAnswer r -> Outcome.SYSTEM;
            case InvalidQuestion i -> Outcome.INVALID;
        };
        return switch (answer) {
            case GuideAnswer g -> new QuestionAnswered(kioskId, g.language(), outcome, g.guide().id(), question,
                    g.lowMargin(), at);
            case Confirmation c -> new QuestionAnswered(kioskId, c.language(), outcome, c.guide().id(), question,
                    c.lowMargin(), at);
            default -> new QuestionAnswered(kioskId, answer.language(), outcome, null, question, false, at);
        };
    }

    @Override
    public String toString() {
        return "QuestionAnswered[kioskId=" + kioskId + ", language=" + language + ", outcome=" + outcome
                + ", guideId=" + guideId + ", lowMargin=" + lowMargin + ", question=(" + question.length()
                + " characters), at=" + at + "]";
    }
}
