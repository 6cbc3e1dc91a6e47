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
import org.passerelle.handoff.Channel;
import org.passerelle.knowledge.Language;

/**
 * Published by {@link AnswerFeedback#answered} when the kiosk has answered a question, for features that learn from what citizens ask (the
 * editors' content gaps and dashboard). It lives in memory only: the question is exactly what the citizen
 * typed, so a listener that keeps it must redact it first, and {@link #toString()} leaves it out so that it
 * never reaches a log.
 *
 * @param kioskId  the kiosk the browser is, or "(unenrolled)" for a browser that is none; on another channel than
 *                 the kiosk, a key of the conversation's own (listeners tie a later "Did this help?" to its question
 *                 with it) that counters never keep: they count such questions under {@link Channel#marker()}
 * @param language the language of the answer (the question's, detected)
 * @param guideId  with {@link Outcome#GUIDE} and {@link Outcome#CONFIRMATION}: the guide shown or proposed
 * @param question what the citizen typed, cleaned but not redacted
 * @param lowMargin the guide was shown or proposed although the next guide was within the clarification margin:
 *                 a likely wrong answer, which editors should see
 * @param at       when the kiosk answered (listeners may hear it later, on a thread of their own)
 * @param channel  where the question was asked
 * @param siteId   the site of the kiosk ({@code site.SiteService}), or of the website or client on another channel
 *                 when it has one; {@code null} when unknown (a browser that is no enrolled kiosk, a web page of no
 *                 site)
 */
public record QuestionAnswered(String kioskId, Language language, Outcome outcome, @Nullable String guideId,
        String question, boolean lowMargin, Instant at, Channel channel, @Nullable Long siteId) {

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
        Objects.requireNonNull(channel);
        boolean withGuide = outcome == Outcome.GUIDE || outcome == Outcome.CONFIRMATION;
        if (withGuide != (guideId != null)) {
            throw new IllegalArgumentException("a guide id goes with a guide answer or confirmation, and only with one");
        }
        if (lowMargin && !withGuide) {
            throw new IllegalArgumentException("only a guide shown or proposed has a margin");
        }
    }

    /** At a kiosk whose site is unknown (kept for the callers that came before channels and sites). */
    public QuestionAnswered(String kioskId, Language language, Outcome outcome, @Nullable String guideId,
            String question, boolean lowMargin, Instant at) {
        this(kioskId, language, outcome, guideId, question, lowMargin, at, Channel.KIOSK, null);
    }

    /** An answer without a guide, or a guide given with a clear margin, at a kiosk whose site is unknown. */
    public QuestionAnswered(String kioskId, Language language, Outcome outcome, @Nullable String guideId,
            String question, Instant at) {
        this(kioskId, language, outcome, guideId, question, false, at);
    }

    /**
     * The event for {@code answer}, given to {@code question} at kiosk {@code kioskId} at {@code at}, its site
     * unknown (kept for the callers that came before channels and sites).
     */
    public static QuestionAnswered of(String kioskId, String question, Answer answer, Instant at) {
        return of(Channel.KIOSK, kioskId, null, question, answer, at);
    }

    /**
     * The event for {@code answer}, given to {@code question} at {@code at} on {@code channel}.
     *
     * @param source the kiosk id on {@link Channel#KIOSK}; on another channel, a key of the conversation (never
     *               counted, never stored)
     * @param siteId the site it belongs to, {@code null} when unknown
     */
    public static QuestionAnswered of(Channel channel, String source, @Nullable Long siteId, String question,
            Answer answer, Instant at) {
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
            case GuideAnswer g -> new QuestionAnswered(source, g.language(), outcome, g.guide().id(), question,
                    g.lowMargin(), at, channel, siteId);
            case Confirmation c -> new QuestionAnswered(source, c.language(), outcome, c.guide().id(), question,
                    c.lowMargin(), at, channel, siteId);
            default -> new QuestionAnswered(source, answer.language(), outcome, null, question, false, at, channel,
                    siteId);
        };
    }

    @Override
    public String toString() {
        return "QuestionAnswered[kioskId=" + kioskId + ", language=" + language + ", outcome=" + outcome
                + ", guideId=" + guideId + ", lowMargin=" + lowMargin + ", question=(" + question.length()
                + " characters), at=" + at + ", channel=" + channel + ", siteId=" + siteId + "]";
    }
}
