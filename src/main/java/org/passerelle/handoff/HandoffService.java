package org.passerelle.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.passerelle.privacy.Redactor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates help requests for kiosks and tells the citizen where they stand: place in the queue and a
 * rough wait. The wait is learnt from how long recent requests waited before a person took them.
 */
@Service
@Transactional
public class HandoffService {

    private static final Duration WAIT_HISTORY_WINDOW = Duration.ofDays(7);

    private final HelpRequestRepository requests;
    private final HelpMessageRepository messages;
    private final HandoffSettings settings;
    private final ApplicationEventPublisher events;
    private final Redactor redactor;
    private final Clock clock;

    HandoffService(HelpRequestRepository requests, HelpMessageRepository messages, HandoffSettings settings,
            ApplicationEventPublisher events, Redactor redactor, Clock clock) {
        this.requests = requests;
        this.messages = messages;
        this.settings = settings;
        this.events = events;
        this.redactor = redactor;
        this.clock = clock;
    }

    /**
     * Records a request with the last lines of the conversation and puts it in the queue. Personal
     * identifiers (SIN, card, phone, e-mail, postal code, date of birth, street address) are redacted
     * before anything is stored.
     */
    public HelpTicket requestHelp(NewHelpRequest request) {
        Instant now = clock.instant();
        HelpRequest saved = requests.save(new HelpRequest(request.kioskId(), request.language(), request.reason(),
                request.guideId(), request.step(), now));
        List<TranscriptLine> transcript = request.transcript();
        int from = Math.max(0, transcript.size() - settings.transcriptMax());
        for (TranscriptLine line : transcript.subList(from, transcript.size())) {
            messages.save(new HelpMessage(saved.id(), line.speaker(), redactor.redact(line.text()).text(), now));
        }
        events.publishEvent(new HelpRequested(saved.id(), request.kioskId(), request.language(), request.reason()));
        return ticketFor(saved);
    }

    /** The request's state as the citizen should see it, or empty for an unknown id. */
    @Transactional(readOnly = true)
    public Optional<HelpTicket> ticket(long id) {
        return requests.findById(id).map(this::ticketFor);
    }

    /** What is stored about a request (never more than the kiosk knew), or empty for an unknown id. */
    @Transactional(readOnly = true)
    public Optional<HelpRequestSummary> requestOf(long id) {
        return requests.findById(id).map(HelpRequest::summary);
    }

    /** The conversation stored with a request, oldest first. */
    @Transactional(readOnly = true)
    public List<TranscriptLine> transcript(long id) {
        return messages.findByRequestIdOrderById(id).stream()
                .map(m -> new TranscriptLine(m.speaker(), m.body()))
                .toList();
    }

    /**
     * The citizen no longer needs help (they cancelled, or finished and cleared the kiosk).
     *
     * @return whether the request was still open
     */
    public boolean cancel(long id) {
        return requests.findById(id).map(r -> r.cancel(clock.instant())).orElse(false);
    }

    private HelpTicket ticketFor(HelpRequest request) {
        if (request.status() != HelpStatus.WAITING) {
            return new HelpTicket(request.id(), request.status(), 0, Duration.ZERO);
        }
        int position = (int) requests.countAhead(request.createdAt(), request.id()) + 1;
        return new HelpTicket(request.id(), request.status(), position, estimatedWait(position));
    }

    /**
     * The median wait of recent requests when there are some (it already includes the queue that was
     * there), otherwise the default wait per person ahead. Rough on purpose: it is said as "about N minutes".
     */
    private Duration estimatedWait(int position) {
        Instant now = clock.instant();
        List<Long> waits = requests.recentWaits(now.minus(WAIT_HISTORY_WINDOW), Limit.of(settings.waitHistory()))
                .stream()
                .map(row -> Duration.between((Instant) row[0], (Instant) row[1]).toSeconds())
                .sorted()
                .toList();
        if (waits.isEmpty()) {
            return settings.defaultWait().multipliedBy(position);
        }
        return Duration.ofSeconds(waits.get(waits.size() / 2));
    }
}
