package org.passerelle.kiosk;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.passerelle.assistant.Answer;
import org.passerelle.assistant.Answer.Clarification;
import org.passerelle.assistant.Answer.GuideAnswer;
import org.passerelle.assistant.Answer.InvalidQuestion;
import org.passerelle.assistant.Answer.NotUnderstood;
import org.passerelle.assistant.Answer.SystemReply;
import org.passerelle.knowledge.Language;

/**
 * Published when the kiosk has answered a question, for features that learn from what citizens ask (the
 * editors' content gaps and dashboard). It lives in memory only: the question is exactly what the citizen
 * typed, so a listener that keeps it must redact it first, and {@link #toString()} leaves it out so that it
 * never reaches a log.
 *
 * @param kioskId  the kiosk the browser is, or "(unenrolled)" for a browser that is none
 * @param language the language of the answer (the question's, detected)
 * @param guideId  with {@link Outcome#GUIDE}: the guide shown
 * @param question what the citizen typed, cleaned but not redacted
 */
public record QuestionAnswered(String kioskId, Language language, Outcome outcome, @Nullable String guideId,
        String question) {

    /** What kind of answer the question got. */
    public enum Outcome {
        GUIDE,
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
        if ((outcome == Outcome.GUIDE) != (guideId != null)) {
            throw new IllegalArgumentException("a guide id goes with a guide answer, and only with one");
        }
    }

    /** The event for {@code answer}, given to {@code question} at kiosk {@code kioskId}. */
    public static QuestionAnswered of(String kioskId, String question, Answer answer) {
        Outcome outcome = switch (answer) {
            case GuideAnswer g -> Outcome.GUIDE;
            case Clarification c -> Outcome.CLARIFICATION;
            case NotUnderstood n -> Outcome.NOT_UNDERSTOOD;
            case SystemReply s -> Outcome.SYSTEM;
            // Counted with the system replies for now: an answer, not a failure, and no guide of ours. A REFERRAL
            // outcome of its own needs the insights dashboard's counts to learn it.
            case Answer.ReferralAnswer r -> Outcome.SYSTEM;
            case InvalidQuestion i -> Outcome.INVALID;
        };
        String guideId = answer instanceof GuideAnswer g ? g.guide().id() : null;
        return new QuestionAnswered(kioskId, answer.language(), outcome, guideId, question);
    }

    @Override
    public String toString() {
        return "QuestionAnswered[kioskId=" + kioskId + ", language=" + language + ", outcome=" + outcome
                + ", guideId=" + guideId + ", question=(" + question.length() + " characters)]";
    }
}
