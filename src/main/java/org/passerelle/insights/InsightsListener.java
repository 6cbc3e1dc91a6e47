package org.passerelle.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HandoffUpdate;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.Speaker;
import org.passerelle.handoff.TranscriptLine;
import org.passerelle.insights.DailyCounts.Event;
import org.passerelle.insights.RecentQuestions.Recent;
import org.passerelle.kiosk.ClarificationResolved;
import org.passerelle.kiosk.GuideFeedback;
import org.passerelle.kiosk.QuestionAnswered;
import org.passerelle.kiosk.QuestionAnswered.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears what happens at the kiosks and keeps what editors need: a count of every outcome, and every failure as a
 * redacted gap item. It runs on the thread that published (a citizen's click), so it does little — a redaction, a
 * few rows — and never lets a failure of its own reach the citizen's screen: it logs the event (whose
 * {@code toString} leaves the question out) and the kind of error, never a message that could quote the text.
 *
 * <p>Days are UTC days, like the anonymous help-request counts kept by {@code handoff}, so both line up.
 */
@Component
class InsightsListener {

    private static final Logger LOG = LoggerFactory.getLogger(InsightsListener.class);

    private final DailyCounts counts;
    private final GapService gaps;
    private final RecentQuestions recent;
    private final HandoffService handoff;
    private final Clock clock;

    InsightsListener(DailyCounts counts, GapService gaps, RecentQuestions recent, HandoffService handoff, Clock clock) {
        this.counts = counts;
        this.gaps = gaps;
        this.recent = recent;
        this.handoff = handoff;
        this.clock = clock;
    }

    @EventListener
    void on(QuestionAnswered answered) {
        safely(answered, () -> {
            counts.increment(today(), answered.language(), answered.kioskId(), Event.valueOf(answered.outcome().name()),
                    answered.guideId());
            if (answered.outcome() == Outcome.INVALID) {
                return; // empty or far too long: nothing was understood or misunderstood
            }
            String text = gaps.redacted(answered.question(), GapItem.MAX_TEXT);
            GapKind kept = null;
            if (answered.outcome() == Outcome.NOT_UNDERSTOOD
                    && gaps.record(new NewGap(GapKind.NOT_UNDERSTOOD, answered.language(), text, null, null)).isPresent()) {
                kept = GapKind.NOT_UNDERSTOOD;
            }
            recent.asked(answered.kioskId(), text, answered.language(), answered.guideId(), kept,
                    answered.outcome() == Outcome.SYSTEM);
        });
    }

    @EventListener
    void on(ClarificationResolved resolved) {
        safely(resolved, () -> {
            counts.increment(today(), resolved.language(), resolved.kioskId(),
                    resolved.noneChosen() ? Event.NONE_OF_THESE : Event.CHOSEN, resolved.chosenGuideId());
            String text = gaps.redacted(resolved.question(), GapItem.MAX_TEXT);
            GapKind kept = null;
            if (resolved.noneChosen()
                    && gaps.record(new NewGap(GapKind.NONE_OF_THESE, resolved.language(), text, null, null)).isPresent()) {
                kept = GapKind.NONE_OF_THESE;
            }
            recent.asked(resolved.kioskId(), text, resolved.language(), resolved.chosenGuideId(), kept, false);
        });
    }

    @EventListener
    void on(GuideFeedback feedback) {
        safely(feedback, () -> {
            counts.increment(today(), feedback.language(), feedback.kioskId(),
                    feedback.helped() ? Event.HELPED_YES : Event.HELPED_NO, feedback.guideId());
            if (feedback.helped()) {
                return;
            }
            // A guide opened from a topic tile has no question: the "No" is counted for the guide, nothing more.
            recent.ledTo(feedback.kioskId(), feedback.guideId()).ifPresent(question -> {
                gaps.record(new NewGap(GapKind.NOT_HELPED, question.language(), question.text(), feedback.guideId(), null));
                recent.recordedAs(feedback.kioskId(), question, GapKind.NOT_HELPED);
            });
        });
    }

    /**
     * A new help request: its last citizen line (redacted by {@code handoff}) becomes a gap item, unless that
     * question is already one (a help request right after "not understood" is the same failure) or was a request
     * for a person in words. Runs once the request is committed.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(HandoffUpdate update) {
        if (update.kind() != HandoffUpdate.Kind.CREATED) {
            return;
        }
        safely(update, () -> {
            Optional<HelpRequestSummary> found = handoff.requestOf(update.requestId());
            Optional<String> question = lastCitizenLine(handoff.transcript(update.requestId()));
            if (found.isEmpty() || question.isEmpty()) {
                return;
            }
            HelpRequestSummary request = found.get();
            Optional<Recent> same = recent.last(request.kioskId()).filter(r -> r.sameWording(question.get()));
            if (same.isPresent() && (same.get().recordedAs() != null || same.get().systemReply())) {
                return;
            }
            gaps.record(new NewGap(GapKind.HELP_REQUESTED, same.map(Recent::language).orElse(request.language()),
                    question.get(), request.guideId(), request.reason().name()));
            same.ifPresent(r -> recent.recordedAs(request.kioskId(), r, GapKind.HELP_REQUESTED));
        });
    }

    private static Optional<String> lastCitizenLine(List<TranscriptLine> transcript) {
        return transcript.reversed().stream().filter(line -> line.speaker() == Speaker.CITIZEN)
                .map(TranscriptLine::text).findFirst();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static void safely(Object event, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // Never the exception's message: a database error may quote the row, and the row holds a question.
            LOG.warn("Content insights could not record {}: {}", event, e.getClass().getName());
        }
    }
}
