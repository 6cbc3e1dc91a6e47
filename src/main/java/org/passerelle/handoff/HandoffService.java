package org.passerelle.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.HandoffException.Problem;
import org.passerelle.handoff.HandoffUpdate.Kind;
import org.passerelle.privacy.Redactor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Help from a person, from the kiosk's request to the agent's close. The lifecycle is
 * waiting → claimed (one agent wins) → live → closed, or cancelled by the citizen, or expired; an agent
 * may hand a request back to the queue. Everything stored is redacted first, every claim, message and
 * close is in the audit log, and every change reaches the screens that follow it through
 * {@link HandoffFeed} once committed.
 */
@Service
@Transactional
public class HandoffService {

    private static final Duration WAIT_HISTORY_WINDOW = Duration.ofDays(7);

    private final HelpRequestRepository requests;
    private final HelpMessageRepository messages;
    private final HelpNoteRepository notes;
    private final KioskRepository kiosks;
    private final AuditEventRepository audit;
    private final HandoffSettings settings;
    private final ApplicationEventPublisher events;
    private final Redactor redactor;
    private final HelpRequestLimits limits;
    private final Clock clock;

    HandoffService(HelpRequestRepository requests, HelpMessageRepository messages, HelpNoteRepository notes,
            KioskRepository kiosks, AuditEventRepository audit, HandoffSettings settings,
            ApplicationEventPublisher events, Redactor redactor, HelpRequestLimits limits, Clock clock) {
        this.requests = requests;
        this.messages = messages;
        this.notes = notes;
        this.kiosks = kiosks;
        this.audit = audit;
        this.settings = settings;
        this.events = events;
        this.redactor = redactor;
        this.limits = limits;
        this.clock = clock;
    }

    // ---- Kiosks ---------------------------------------------------------------------------------

    /** Registers a kiosk, or updates its name and location. Called by the kiosk from its configuration. */
    public KioskInfo registerKiosk(String id, String name, String location) {
        if (id.isBlank() || id.length() > 64 || !id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("a kiosk id is 1 to 64 letters, digits, dots, dashes or underscores: " + id);
        }
        Kiosk kiosk = kiosks.findById(id).orElseGet(() -> kiosks.save(new Kiosk(id, name, location, clock.instant())));
        kiosk.describe(name, location);
        return kiosk.info();
    }

    @Transactional(readOnly = true)
    public Optional<KioskInfo> kiosk(String id) {
        return kiosks.findById(id).map(Kiosk::info);
    }

    @Transactional(readOnly = true)
    public Map<String, KioskInfo> kiosks() {
        return kiosks.findAll().stream().map(Kiosk::info)
                .collect(Collectors.toUnmodifiableMap(KioskInfo::id, Function.identity()));
    }

    // ---- The citizen's side ---------------------------------------------------------------------

    /**
     * Records a request with the last lines of the conversation and puts it in the queue. Personal
     * identifiers (SIN, card, phone, e-mail, postal code, date of birth, street address, names) are redacted
     * before anything is stored, then each line is shortened to {@link HandoffSettings#transcriptLineMax()}: in that
     * order, so that a cut never splits an identifier. The kiosk must be registered, and the caller vouches that the
     * request comes from it (the kiosk screens ask {@code KioskIdentity}). Past the limits of {@link HelpLimitSettings}
     * nothing is stored and the request is refused with {@link Problem#TOO_MANY_REQUESTS}.
     *
     * @param client the address of the browser the request came from, counted against the per-client limit; null
     *               for a caller inside the server (only the per-kiosk limit applies)
     */
    public HelpTicket requestHelp(NewHelpRequest request, @Nullable String client) {
        if (!kiosks.existsById(request.kioskId())) {
            throw new HandoffException(Problem.UNKNOWN_KIOSK, 0);
        }
        if (limits.take(request.kioskId(), client).isPresent()) {
            throw new HandoffException(Problem.TOO_MANY_REQUESTS, 0);
        }
        Instant now = clock.instant();
        HelpRequest saved = requests.save(new HelpRequest(request.kioskId(), request.language(), request.reason(),
                request.guideId(), request.step(), now));
        List<TranscriptLine> transcript = request.transcript();
        int from = Math.max(0, transcript.size() - settings.transcriptMax());
        // the citizen's last line as stored (redacted, perhaps cut) goes with the event: kept here, not read back
        String lastCitizenLine = "";
        for (TranscriptLine line : transcript.subList(from, transcript.size())) {
            String body = redactor.redact(line.text(), settings.transcriptLineMax());
            messages.save(new HelpMessage(saved.id(), line.speaker(), body, now));
            if (line.speaker() == Speaker.CITIZEN) {
                lastCitizenLine = body;
            }
        }
        record(kioskActor(saved), "REQUESTED", saved.id(), saved.reason().name());
        publish(saved, Kind.CREATED);
        events.publishEvent(new HelpRequested(saved.id(), saved.kioskId(), saved.language(), saved.reason(),
                request.guideId(), lastCitizenLine));
        return ticketFor(saved);
    }

    /** {@link #requestHelp(NewHelpRequest, String)} from inside the server, with no client address. */
    public HelpTicket requestHelp(NewHelpRequest request) {
        return requestHelp(request, null);
    }

    /** The request's state as the citizen should see it, or empty for an unknown id. */
    @Transactional(readOnly = true)
    public Optional<HelpTicket> ticket(long id) {
        return requests.findById(id).map(this::ticketFor);
    }

    /** A chat message from the citizen at the kiosk, while the request is open. */
    public ChatLine citizenSays(long id, String text) {
        HelpRequest request = find(id);
        if (!request.status().open()) {
            throw new HandoffException(Problem.CLOSED, id);
        }
        ChatLine line = post(request, Speaker.CITIZEN, text);
        record(kioskActor(request), "CITIZEN_MESSAGE", id, null);
        return line;
    }

    /**
     * The citizen no longer needs help (they cancelled, or finished and cleared the kiosk).
     *
     * @return whether the request was still open
     */
    public boolean cancel(long id) {
        Optional<HelpRequest> found = requests.findById(id);
        if (found.isEmpty() || requests.cancel(id, clock.instant()) == 0) {
            return false;
        }
        record(kioskActor(found.get()), "CANCELLED", id, null);
        publish(found.get(), Kind.CANCELLED);
        return true;
    }

    // ---- The agent's side -----------------------------------------------------------------------

    /** The open requests, oldest first: waiting ones and those agents hold. */
    @Transactional(readOnly = true)
    public List<HelpRequestSummary> openRequests() {
        return requests.findOpen().stream().map(HelpRequest::summary).toList();
    }

    /** What is stored about a request (never more than the kiosk knew), or empty for an unknown id. */
    @Transactional(readOnly = true)
    public Optional<HelpRequestSummary> requestOf(long id) {
        return requests.findById(id).map(HelpRequest::summary);
    }

    /**
     * Takes a waiting request. When several agents claim at once exactly one wins; the others get
     * {@link Problem#ALREADY_CLAIMED}.
     */
    public HelpRequestSummary claim(long id, String agent) {
        HelpRequest before = find(id);
        if (!before.status().open()) {
            throw new HandoffException(Problem.CLOSED, id);
        }
        if (requests.claim(id, agent, clock.instant()) == 0) {
            // Since it was read, another agent took it, or the citizen cancelled or it expired: say which.
            throw new HandoffException(find(id).status().open() ? Problem.ALREADY_CLAIMED : Problem.CLOSED, id);
        }
        HelpRequest claimed = find(id);
        record(agent, "CLAIMED", id, null);
        publish(claimed, Kind.CLAIMED);
        return claimed.summary();
    }

    /** A chat message from the agent, shown on the kiosk at once. */
    public ChatLine agentSays(long id, String agent, String text) {
        HelpRequest request = held(id, agent);
        request.goLive(clock.instant());
        ChatLine line = post(request, Speaker.AGENT, text);
        record(agent, "AGENT_MESSAGE", id, null);
        return line;
    }

    /** "I'm coming over": the kiosk tells the citizen a person is walking to them. */
    public HelpRequestSummary comingOver(long id, String agent) {
        HelpRequest request = held(id, agent);
        request.comingOver(clock.instant());
        record(agent, "COMING_OVER", id, null);
        publish(request, Kind.COMING_OVER);
        return flushed(request).summary();
    }

    /** Opens a guide, at a step, on the citizen's kiosk. */
    public void sendGuide(long id, String agent, String guideId, int step) {
        HelpRequest request = held(id, agent);
        if (step < 1) {
            throw new IllegalArgumentException("steps are counted from 1");
        }
        request.goLive(clock.instant());
        record(agent, "GUIDE_SENT", id, guideId + "#" + step);
        events.publishEvent(new HandoffUpdate(id, request.kioskId(), Kind.GUIDE_SENT, guideId, step));
        flushed(request);
    }

    /** A private note: for agents only, never on the kiosk. */
    public Note note(long id, String agent, String text) {
        HelpRequest request = held(id, agent);
        String body = redactor.redact(checked(id, text)).text();
        Note note = notes.save(new HelpNote(id, agent, body, clock.instant())).view();
        request.touch(clock.instant());
        record(agent, "NOTE", id, null);
        flushed(request);
        return note;
    }

    /** Back to the queue for another agent, keeping its place (its creation time). */
    public HelpRequestSummary release(long id, String agent) {
        HelpRequest request = held(id, agent);
        request.release(clock.instant());
        record(agent, "RELEASED", id, null);
        publish(request, Kind.RELEASED);
        return flushed(request).summary();
    }

    /** Ends the request with an outcome; the kiosk goes back to where the citizen was. */
    public HelpRequestSummary close(long id, String agent, HelpOutcome outcome) {
        HelpRequest request = held(id, agent);
        request.close(outcome, clock.instant());
        record(agent, "CLOSED", id, outcome.name());
        publish(request, Kind.CLOSED);
        return flushed(request).summary();
    }

    /** The conversation stored with a request, oldest first: redacted, exactly as an agent sees it. */
    @Transactional(readOnly = true)
    public List<ChatLine> conversation(long id) {
        return messages.findByRequestIdOrderById(id).stream().map(HelpMessage::view).toList();
    }

    /** The transcript without times, oldest first. */
    @Transactional(readOnly = true)
    public List<TranscriptLine> transcript(long id) {
        return conversation(id).stream().map(line -> new TranscriptLine(line.speaker(), line.text())).toList();
    }

    @Transactional(readOnly = true)
    public List<Note> notes(long id) {
        return notes.findByRequestIdOrderById(id).stream().map(HelpNote::view).toList();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> auditTrail(long id) {
        return audit.findByRequestIdOrderById(id).stream().map(AuditEvent::view).toList();
    }

    /**
     * Requests that have waited the configured time since they last changed expire: nobody is at the kiosk
     * any more. A request an agent claims meanwhile is left to the agent.
     */
    public int expireStale() {
        Instant now = clock.instant();
        Instant before = now.minus(settings.expireAfter());
        int expired = 0;
        for (HelpRequest request : requests.findWaitingUnchangedSince(before)) {
            if (requests.expire(request.id(), before, now) == 1) {
                record("system", "EXPIRED", request.id(), null);
                publish(request, Kind.EXPIRED);
                expired++;
            }
        }
        return expired;
    }

    // ---- Helpers --------------------------------------------------------------------------------

    private HelpRequest find(long id) {
        return requests.findById(id).orElseThrow(() -> new HandoffException(Problem.UNKNOWN_REQUEST, id));
    }

    private HelpRequest held(long id, String agent) {
        HelpRequest request = find(id);
        request.requireHeldBy(agent);
        return request;
    }

    /** Writes the change now, so that an agent who lost a race to another is told here, not at commit. */
    private HelpRequest flushed(HelpRequest request) {
        try {
            return requests.saveAndFlush(request);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new HandoffException(Problem.CONFLICT, request.id());
        }
    }

    private String checked(long id, String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new HandoffException(Problem.EMPTY_MESSAGE, id);
        }
        if (stripped.length() > settings.maxMessage()) {
            throw new HandoffException(Problem.MESSAGE_TOO_LONG, id);
        }
        return stripped;
    }

    private ChatLine post(HelpRequest request, Speaker speaker, String text) {
        String checked = checked(request.id(), text);
        // an agent's name in their own message is theirs to give; a citizen's is redacted
        String body = (speaker == Speaker.AGENT ? redactor.redactStaffText(checked) : redactor.redact(checked)).text();
        ChatLine line = messages.save(new HelpMessage(request.id(), speaker, body, clock.instant())).view();
        request.touch(clock.instant());
        flushed(request);
        publish(request, Kind.MESSAGE);
        return line;
    }

    private void record(String actor, String action, @Nullable Long requestId, @Nullable String detail) {
        audit.save(new AuditEvent(clock.instant(), actor, action, requestId, detail));
    }

    private static String kioskActor(HelpRequest request) {
        return "kiosk:" + request.kioskId();
    }

    private void publish(HelpRequest request, Kind kind) {
        events.publishEvent(HandoffUpdate.of(request.id(), request.kioskId(), kind));
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
