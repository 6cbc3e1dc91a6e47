package org.passerelle.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.passerelle.handoff.HandoffUpdate;
import org.passerelle.handoff.HelpRequested;
import org.passerelle.insights.DailyCounts.Event;
import org.passerelle.insights.DailyCounts.Origin;
import org.passerelle.insights.RecentQuestions.Recent;
import org.passerelle.kiosk.ClarificationResolved;
import org.passerelle.kiosk.GuideFeedback;
import org.passerelle.kiosk.QuestionAnswered;
import org.passerelle.kiosk.QuestionAnswered.Outcome;
import org.passerelle.kiosk.WrongAnswerReported;
import org.passerelle.kiosk.WrongAnswerReported.How;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears what happens at the kiosks and at the help desk, and keeps what editors need: a count of every outcome and
 * of every request for a person with its wait, and every failure as a redacted gap item. Everything it needs comes
 * with the event: it never calls back into the feature that published it, nor reads that feature's tables.
 *
 * <p>Each listener runs after the publisher's transaction commits (an event of a transaction rolled back is never
 * counted; one published outside a transaction is heard at once) and on the {@link Recorder}'s one thread, never on
 * the citizen's: nothing the citizen waits for waits for the database here, and no failure here reaches the
 * citizen's screen.
 *
 * <p>Days are UTC days of when the event happened (the time it carries), not of when it is recorded.
 */
@Component
class InsightsListener {

    private static final Logger LOG = LoggerFactory.getLogger(InsightsListener.class);

    private final DailyCounts counts;
    private final GapService gaps;
    private final RecentQuestions recent;

    InsightsListener(DailyCounts counts, GapService gaps, RecentQuestions recent) {
        this.counts = counts;
        this.gaps = gaps;
        this.recent = recent;
    }

    @Async(Recorder.NAME)
    @TransactionalEventListener(fallbackExecution = true)
    void on(QuestionAnswered answered) {
        Instant at = answered.at();
        recorded(answered, () -> {
            // A guide shown under a low margin is a probable mistake: counted apart, never as a guide answer.
            Event event = answered.outcome() == Outcome.GUIDE && answered.lowMargin() ? Event.LOW_MARGIN
                    : Event.valueOf(answered.outcome().name());
            Origin origin = Origin.of(answered.channel(), answered.siteId());
            counts.increment(day(at), answered.language(), origin, answered.kioskId(), event, answered.guideId());
            if (answered.outcome() == Outcome.INVALID) {
                return; // empty or far too long: nothing was understood or misunderstood
            }
            String text = gaps.redacted(answered.question(), GapItem.MAX_TEXT);
            GapKind kind = answered.outcome() == Outcome.NOT_UNDERSTOOD ? GapKind.NOT_UNDERSTOOD
                    : answered.lowMargin() ? GapKind.LOW_MARGIN : null;
            GapKind kept = null;
            if (kind != null && gaps.record(new NewGap(kind, answered.language(), text, answered.guideId(), null), at)
                    .isPresent()) {
                kept = kind;
            }
            recent.asked(answered.kioskId(), text, answered.language(), answered.guideId(), kept,
                    answered.outcome() == Outcome.SYSTEM, at, origin);
        });
    }

    @Async(Recorder.NAME)
    @TransactionalEventListener(fallbackExecution = true)
    void on(ClarificationResolved resolved) {
        Instant at = resolved.at();
        recorded(resolved, () -> {
            Origin origin = recent.originAt(resolved.kioskId(), at);
            counts.increment(day(at), resolved.language(), origin, resolved.kioskId(),
                    resolved.noneChosen() ? Event.NONE_OF_THESE : Event.CHOSEN, resolved.chosenGuideId());
            String text = gaps.redacted(resolved.question(), GapItem.MAX_TEXT);
            GapKind kept = null;
            if (resolved.noneChosen()
                    && gaps.record(new NewGap(GapKind.NONE_OF_THESE, resolved.language(), text, null, null), at)
                            .isPresent()) {
                kept = GapKind.NONE_OF_THESE;
            }
            recent.asked(resolved.kioskId(), text, resolved.language(), resolved.chosenGuideId(), kept, false, at,
                    origin);
        });
    }

    @Async(Recorder.NAME)
    @TransactionalEventListener(fallbackExecution = true)
    void on(GuideFeedback feedback) {
        Instant at = feedback.at();
        recorded(feedback, () -> {
            counts.increment(day(at), feedback.language(), recent.originAt(feedback.kioskId(), at), feedback.kioskId(),
                    feedback.helped() ? Event.HELPED_YES : Event.HELPED_NO, feedback.guideId());
            if (feedback.helped()) {
                return;
            }
            // A guide opened from a topic tile has no question: the "No" is counted for the guide, nothing more.
            recent.ledTo(feedback.kioskId(), feedback.guideId(), at).ifPresent(question -> {
                gaps.record(new NewGap(GapKind.NOT_HELPED, question.language(), question.text(), feedback.guideId(),
                        null), at);
                recent.recordedAs(feedback.kioskId(), question, GapKind.NOT_HELPED);
            });
        });
    }

    /**
     * "This is not what I asked", or No to "Is this what you need?": counted against the guide and kept as a gap with
     * the guide that was shown.
     */
    @Async(Recorder.NAME)
    @TransactionalEventListener(fallbackExecution = true)
    void on(WrongAnswerReported wrong) {
        Instant at = wrong.at();
        recorded(wrong, () -> {
            counts.increment(day(at), wrong.language(), recent.originAt(wrong.kioskId(), at), wrong.kioskId(),
                    wrong.how() == How.NOT_WHAT_I_ASKED ? Event.WRONG_ANSWER : Event.CONFIRMATION_NO, wrong.guideId());
            String text = gaps.redacted(wrong.question(), GapItem.MAX_TEXT);
            if (gaps.record(new NewGap(GapKind.WRONG_ANSWER, wrong.language(), text, wrong.guideId(), null), at)
                    .isPresent()) {
                recent.last(wrong.kioskId(), at).filter(r -> r.sameWording(text))
                        .ifPresent(r -> recent.recordedAs(wrong.kioskId(), r, GapKind.WRONG_ANSWER));
            }
        });
    }

    /**
     * A new help request: counted, with the guide on screen; the citizen's last line (redacted by {@code handoff})
     * becomes a gap item, unless that question is already one (a help request right after "not understood" is the
     * same failure) or was a request for a person in words.
     */
    @Async(Recorder.NAME)
    @TransactionalEventListener(fallbackExecution = true)
    void on(HelpRequested request) {
        Instant at = request.at();
        recorded(request, () -> {
            Origin origin = origin(request);
            counts.increment(day(at), request.language(), origin, request.kioskId(), Event.HELP_REQUESTED,
                    request.guideId());
            counts.requestFrom(request.requestId(), new DailyCounts.HelpOrigin(origin, request.guideId()), at);
            if (request.question().isBlank()) {
                return;
            }
            Optional<Recent> same = recent.last(request.kioskId(), at).filter(r -> r.sameWording(request.question()));
            if (same.isPresent() && (same.get().recordedAs() != null || same.get().systemReply())) {
                return;
            }
            gaps.record(new NewGap(GapKind.HELP_REQUESTED, same.map(Recent::language).orElse(request.language()),
                    request.question(), request.guideId(), request.reason().name()), at);
            same.ifPresent(r -> recent.recordedAs(request.kioskId(), r, GapKind.HELP_REQUESTED));
        });
    }

    /**
     * A request that ends after an agent took it: its wait is counted, on the day it was made, for the guide on screen
     * then too. Its other updates
     * (messages, "coming over", a guide sent) are nothing to count; they are still handed over, so they are heard in
     * order with the rest.
     */
    @Async(Recorder.NAME)
    @TransactionalEventListener(fallbackExecution = true)
    void on(HandoffUpdate update) {
        Duration waited = update.waited();
        if (!update.kind().ends() || waited == null) {
            return;
        }
        recorded(update, () -> counts.waited(day(update.requestedAt()), update.language(),
                counts.originOf(update.requestId()).orElse(new DailyCounts.HelpOrigin(Origin.UNKNOWN, null)),
                update.kioskId(), waited));
    }

    /** Where a help request came from, as {@code handoff} says: the site it was routed for, and its channel. */
    private static Origin origin(HelpRequested request) {
        return new Origin(request.siteId(), request.channel());
    }

    /**
     * Runs {@code work}, logging a failure with the event (whose {@code toString} leaves the citizen's words out) and
     * the kind of error, never its message: a database error may quote the row, and the row holds a question.
     */
    private static void recorded(Object event, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("Content insights could not record {}: {}", event, e.getClass().getName());
        }
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
