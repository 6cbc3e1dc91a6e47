package org.passerelle.insights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.passerelle.handoff.HelpRequested;
import org.passerelle.insights.DailyCounts.Event;
import org.passerelle.insights.RecentQuestions.Recent;
import org.passerelle.kiosk.ClarificationResolved;
import org.passerelle.kiosk.GuideFeedback;
import org.passerelle.kiosk.QuestionAnswered;
import org.passerelle.kiosk.QuestionAnswered.Outcome;
import org.passerelle.kiosk.WrongAnswerReported;
import org.passerelle.kiosk.WrongAnswerReported.How;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears what happens at the kiosks and keeps what editors need: a count of every outcome, and every failure as a
 * redacted gap item. It hears on the publisher's thread (a citizen's click, a help request's commit) and only hands
 * the event to the {@link Recorder}, which records it later on its own thread: nothing here waits for the database,
 * and no failure of its own reaches the citizen's screen. Everything it needs comes with the event.
 *
 * <p>Days are UTC days, like the anonymous help-request counts kept by {@code handoff}, so both line up. The day is
 * the one the event was heard on, not the one it is recorded on.
 */
@Component
class InsightsListener {

    private final DailyCounts counts;
    private final GapService gaps;
    private final RecentQuestions recent;
    private final Recorder recorder;
    private final Clock clock;

    InsightsListener(DailyCounts counts, GapService gaps, RecentQuestions recent, Recorder recorder, Clock clock) {
        this.counts = counts;
        this.gaps = gaps;
        this.recent = recent;
        this.recorder = recorder;
        this.clock = clock;
    }

    @EventListener
    void on(QuestionAnswered answered) {
        Instant at = clock.instant();
        recorder.record(answered, () -> {
            // A guide shown under a low margin is a probable mistake: counted apart, never as a guide answer.
            Event event = answered.outcome() == Outcome.GUIDE && answered.lowMargin() ? Event.LOW_MARGIN
                    : Event.valueOf(answered.outcome().name());
            counts.increment(day(at), answered.language(), answered.kioskId(), event, answered.guideId());
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
                    answered.outcome() == Outcome.SYSTEM, at);
        });
    }

    @EventListener
    void on(ClarificationResolved resolved) {
        Instant at = clock.instant();
        recorder.record(resolved, () -> {
            counts.increment(day(at), resolved.language(), resolved.kioskId(),
                    resolved.noneChosen() ? Event.NONE_OF_THESE : Event.CHOSEN, resolved.chosenGuideId());
            String text = gaps.redacted(resolved.question(), GapItem.MAX_TEXT);
            GapKind kept = null;
            if (resolved.noneChosen()
                    && gaps.record(new NewGap(GapKind.NONE_OF_THESE, resolved.language(), text, null, null), at)
                            .isPresent()) {
                kept = GapKind.NONE_OF_THESE;
            }
            recent.asked(resolved.kioskId(), text, resolved.language(), resolved.chosenGuideId(), kept, false, at);
        });
    }

    @EventListener
    void on(GuideFeedback feedback) {
        Instant at = clock.instant();
        recorder.record(feedback, () -> {
            counts.increment(day(at), feedback.language(), feedback.kioskId(),
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
     * the guide that was shown. Heard after the publisher's transaction, if any, commits.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(WrongAnswerReported wrong) {
        Instant at = clock.instant();
        recorder.record(wrong, () -> {
            counts.increment(day(at), wrong.language(), wrong.kioskId(),
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
     * A new help request: the citizen's last line (redacted by {@code handoff}) becomes a gap item, unless that
     * question is already one (a help request right after "not understood" is the same failure) or was a request
     * for a person in words. Heard once the request is committed.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(HelpRequested request) {
        if (request.question().isBlank()) {
            return;
        }
        Instant at = clock.instant();
        recorder.record(request, () -> {
            Optional<Recent> same = recent.last(request.kioskId(), at).filter(r -> r.sameWording(request.question()));
            if (same.isPresent() && (same.get().recordedAs() != null || same.get().systemReply())) {
                return;
            }
            gaps.record(new NewGap(GapKind.HELP_REQUESTED, same.map(Recent::language).orElse(request.language()),
                    request.question(), request.guideId(), request.reason().name()), at);
            same.ifPresent(r -> recent.recordedAs(request.kioskId(), r, GapKind.HELP_REQUESTED));
        });
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
