package org.passerelle.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.internal.Routing;
import org.passerelle.handoff.HandoffException.Problem;
import org.passerelle.handoff.HandoffUpdate.Kind;
import org.passerelle.knowledge.Language;
import org.passerelle.privacy.Redactor;
import org.passerelle.site.SiteService;
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
    private final SiteService sites;
    private final AgentPresenceRepository presences;
    private final SiteDirectory directory;
    private final OnlineHelpSettings online;
    /** Up to when {@link #routingTick()} has announced the requests that reached the remote desks. */
    private final AtomicReference<@Nullable Instant> overflowAnnouncedUntil = new AtomicReference<>();
    /** Which sites were staffed at the last {@link #routingTick()}, to announce when staffed hours begin or end. */
    private final AtomicReference<Map<Long, Routing.Site>> staffedAtLastTick = new AtomicReference<>(Map.of());

    HandoffService(HelpRequestRepository requests, HelpMessageRepository messages, HelpNoteRepository notes,
            KioskRepository kiosks, AuditEventRepository audit, HandoffSettings settings,
            ApplicationEventPublisher events, Redactor redactor, HelpRequestLimits limits, Clock clock,
            SiteService sites, AgentPresenceRepository presences, SiteDirectory directory, OnlineHelpSettings online) {
        this.online = online;
        this.presences = presences;
        this.directory = directory;
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
        this.sites = sites;
    }

    // ---- Kiosks ---------------------------------------------------------------------------------

    /** Registers a kiosk, or updates its name and location. Called by the kiosk from its configuration. */
    public KioskInfo registerKiosk(String id, String name, String location) {
        if (id.isBlank() || id.length() > 64 || !id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("a kiosk id is 1 to 64 letters, digits, dots, dashes or underscores: " + id);
        }
        Kiosk kiosk = kiosks.findById(id).orElseGet(() -> {
            Kiosk registered = new Kiosk(id, name, location, clock.instant());
            registered.placeAt(sites.defaultSite().id());
            return kiosks.save(registered);
        });
        kiosk.describe(name, location);
        events.publishEvent(new KioskChanged(id));
        return kiosk.info();
    }

    /** How many help requests wait for a person now, at every site: one count on an index (for the metrics). */
    @Transactional(readOnly = true)
    public long waitingCount() {
        return requests.countByStatus(HelpStatus.WAITING);
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

    /**
     * Moves a kiosk to another site (its help requests then go to the desks covering that site).
     *
     * @throws HandoffException {@code UNKNOWN_KIOSK} for a kiosk that is not registered
     * @throws org.passerelle.site.SiteException {@code UNKNOWN_SITE} for a site that does not exist
     */
    public KioskInfo placeKiosk(String kioskId, long siteId) {
        sites.requireSite(siteId);
        Kiosk kiosk = kiosks.findById(kioskId).orElseThrow(() -> new HandoffException(Problem.UNKNOWN_KIOSK, 0));
        kiosk.placeAt(siteId);
        kiosks.flush();
        events.publishEvent(new KioskChanged(kioskId));
        return kiosk.info();
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
        return ticketFor(create(request, client, null));
    }

    /**
     * {@link #requestHelp(NewHelpRequest, String)}, returning the stored request. A request of another channel than a
     * kiosk needs its site to exist, counts only against the per-client limit (one web chat is many citizens, unlike
     * one kiosk), is followed with a token of hash {@code tokenHash}, and with
     * {@link OnlineHelpSettings#remoteAtOnce()} is offered to the remote desks at once.
     */
    HelpRequest create(NewHelpRequest request, @Nullable String client, @Nullable String tokenHash) {
        if (request.channel() == Channel.KIOSK) {
            if (!kiosks.existsById(request.kioskId())) {
                throw new HandoffException(Problem.UNKNOWN_KIOSK, 0);
            }
            if (limits.take(request.kioskId(), client).isPresent()) {
                throw new HandoffException(Problem.TOO_MANY_REQUESTS, 0);
            }
        } else {
            sites.requireSite(java.util.Objects.requireNonNull(request.siteId()));
            if (client != null && limits.takeClient(request.kioskId(), client).isPresent()) {
                throw new HandoffException(Problem.TOO_MANY_REQUESTS, 0);
            }
        }
        Instant now = clock.instant();
        HelpRequest created = new HelpRequest(request, now, tokenHash);
        if (request.channel() != Channel.KIOSK && online.remoteAtOnce()) {
            created.toRemoteAtOnce();
        }
        HelpRequest saved = requests.save(created);
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
                request.guideId(), lastCitizenLine, now, saved.channel(), siteOf(saved)));
        return saved;
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
        if (found.isEmpty() || requests.end(id, HelpStatus.CANCELLED, null, clock.instant()) == 0) {
            return false;
        }
        record(kioskActor(found.get()), "CANCELLED", id, null);
        publish(found.get(), Kind.CANCELLED);
        return true;
    }

    /**
     * The kiosk asks "Are you still there?" while the request is open: the agent is told the citizen may have
     * left, before the kiosk clears itself. Nothing happens for a request that is no longer open.
     */
    public void citizenMayHaveLeft(long id) {
        markIdle(id, clock.instant(), "CITIZEN_IDLE", Kind.CITIZEN_IDLE);
    }

    /** The citizen answered "I am still here": the agent's warning goes away. */
    public void citizenStillHere(long id) {
        markIdle(id, null, "CITIZEN_BACK", Kind.CITIZEN_BACK);
    }

    private void markIdle(long id, @Nullable Instant at, String action, Kind kind) {
        Optional<HelpRequest> found = requests.findById(id);
        if (found.isEmpty() || requests.markCitizenIdle(id, at) == 0) {
            return;
        }
        record(kioskActor(found.get()), action, id, null);
        publish(found.get(), kind);
    }

    /**
     * Nobody answered the kiosk's "Are you still there?" and it cleared itself: the request ends as closed with
     * {@link HelpOutcome#CITIZEN_LEFT}, whoever holds it (not as cancelled, which is the citizen's own choice).
     *
     * @return whether the request was still open
     */
    public boolean citizenLeft(long id) {
        return requests.findById(id).map(found -> endAsCitizenLeft(found, "CLOSED", clock.instant())).orElse(false);
    }

    /**
     * The kiosk's browser started a new session (its server died and it came back on another, or it was restarted):
     * whoever asked for help in an earlier session is gone, so the kiosk's requests still open from before
     * {@code sessionStart} and from another session end as closed with {@link HelpOutcome#CITIZEN_LEFT}, whoever holds
     * them, each with an audit entry saying the kiosk restarted. The agents' consoles hear it as any close. A request
     * made in this session is left alone, and so is one made after {@code sessionStart} by another session (two
     * browsers claiming one kiosk must not end each other's requests).
     *
     * @param session the new session's id, as given with its requests ({@link NewHelpRequest#kioskSession()})
     * @return the requests ended
     */
    public List<Long> kioskRestarted(String kioskId, String session, Instant sessionStart) {
        return endAbandoned(requests.findOpenOfKiosk(kioskId).stream()
                .filter(r -> !session.equals(r.kioskSession()) && r.createdAt().isBefore(sessionStart)).toList(),
                "KIOSK_RESTARTED");
    }

    /**
     * The kiosk has not been heard from since {@code lastSeen} (its browser is off, or lost its server and did not
     * come back): nobody waits at it, so its open requests made by then end as "citizen left", with an audit entry
     * saying the kiosk went silent. A request made after {@code lastSeen} (by a browser that has just come back) is
     * left alone.
     *
     * @return the requests ended
     */
    public List<Long> kioskSilent(String kioskId, Instant lastSeen) {
        return endAbandoned(requests.findOpenOfKiosk(kioskId).stream()
                .filter(r -> !r.createdAt().isAfter(lastSeen)).toList(), "KIOSK_SILENT");
    }

    /** The kiosks with a request open now: the only ones whose silence matters. */
    @Transactional(readOnly = true)
    public Set<String> kiosksWithOpenRequests() {
        return Set.copyOf(requests.kiosksWithOpenRequests());
    }

    /** Ends each request as {@link #endAsCitizenLeft}, audited as {@code action}; returns those it ended. */
    private List<Long> endAbandoned(List<HelpRequest> open, String action) {
        List<Long> ended = new ArrayList<>();
        Instant now = clock.instant();
        for (HelpRequest request : open) {
            if (endAsCitizenLeft(request, action, now)) {
                ended.add(request.id());
            }
        }
        return ended;
    }

    /**
     * Closes the request as "citizen left" in one statement, if it is still open (an agent acting at the same moment,
     * here or on another server, loses cleanly), audits it as {@code action} and tells the screens.
     */
    private boolean endAsCitizenLeft(HelpRequest request, String action, Instant now) {
        if (requests.end(request.id(), HelpStatus.CLOSED, HelpOutcome.CITIZEN_LEFT.name(), now) == 0) {
            return false;
        }
        record(kioskActor(request), action, request.id(), HelpOutcome.CITIZEN_LEFT.name());
        publish(request, Kind.CLOSED);
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
     * {@link Problem#ALREADY_CLAIMED}. Only an agent it is offered to may take it: available
     * ({@link Problem#NOT_AVAILABLE}), below their capacity ({@link Problem#AT_CAPACITY}), speaking its language
     * with a desk that serves its site now ({@link Problem#NOT_OFFERED}). The agent's presence is locked meanwhile, so
     * that two claims of one agent at once cannot both pass the capacity check.
     */
    public HelpRequestSummary claim(long id, String agent) {
        HelpRequest before = find(id);
        if (!before.status().open()) {
            throw new HandoffException(Problem.CLOSED, id);
        }
        if (before.status() == HelpStatus.WAITING) {
            requireOffered(before, agent);
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
        if (!request.channel().inPerson()) {
            // nobody can walk over to a web page: the console hides the button, this refuses a stale one
            throw new HandoffException(Problem.NOT_IN_PERSON, id);
        }
        request.comingOver(clock.instant());
        record(agent, "COMING_OVER", id, null);
        publish(request, Kind.COMING_OVER);
        return flushed(request).summary();
    }

    /** Opens a guide, at a step, on the citizen's kiosk; the request's record keeps the last guide sent. */
    public void sendGuide(long id, String agent, String guideId, int step) {
        HelpRequest request = held(id, agent);
        if (step < 1) {
            throw new IllegalArgumentException("steps are counted from 1");
        }
        request.guideSent(guideId, step, clock.instant());
        record(agent, "GUIDE_SENT", id, guideId + "#" + step);
        events.publishEvent(HandoffUpdate.sent(request, Kind.GUIDE_SENT, guideId, step));
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

    /**
     * Hands a conversation {@code from} holds to a colleague, who takes it over as it is, or to the remote team: back
     * into the queue in its original place, offered to the remote desks at once. The note (optional, redacted, kept
     * with the private notes) is what the next agent reads first. Only the holder may transfer ({@link Problem#NOT_YOURS});
     * a colleague must be someone else ({@link Problem#TRANSFER_TO_SELF}), available
     * ({@link Problem#COLLEAGUE_NOT_AVAILABLE}), below their capacity ({@link Problem#COLLEAGUE_AT_CAPACITY}) and serve
     * the kiosk's site and language with one of their desks ({@link Problem#COLLEAGUE_NOT_SERVING}); the remote team
     * needs a remote desk that covers the site ({@link Problem#NO_REMOTE_TEAM}). The colleague's presence is locked
     * meanwhile, as in {@link #claim}, so that a transfer and their own claim cannot both pass the capacity check.
     */
    public HelpRequestSummary transfer(long id, String from, TransferTarget target, String note) {
        HelpRequest request = held(id, from);
        @Nullable String body = note.isBlank() ? null : redactor.redact(checked(id, note)).text();
        Instant now = clock.instant();
        long site = siteOf(request);
        switch (target) {
            case TransferTarget.Colleague colleague -> {
                String to = colleague.agent();
                if (to.equals(from)) {
                    throw new HandoffException(Problem.TRANSFER_TO_SELF, id);
                }
                AgentPresence presence = presences.lockByAgent(to)
                        .orElseThrow(() -> new HandoffException(Problem.COLLEAGUE_NOT_AVAILABLE, id));
                if (presence.status() != PresenceStatus.AVAILABLE) {
                    throw new HandoffException(Problem.COLLEAGUE_NOT_AVAILABLE, id);
                }
                if (requests.countHeldBy(to) >= presence.capacity()) {
                    throw new HandoffException(Problem.COLLEAGUE_AT_CAPACITY, id);
                }
                Routing routing = routing(now);
                boolean serves = routing.agents().stream().filter(a -> a.name().equals(to)).findFirst()
                        .filter(a -> routing.serves(a, site, request.language(), true)).isPresent();
                if (!serves) {
                    throw new HandoffException(Problem.COLLEAGUE_NOT_SERVING, id);
                }
                request.transferTo(to, from, body, now);
                record(from, "TRANSFERRED", id, "agent:" + to);
            }
            case TransferTarget.RemoteTeam remote -> {
                if (directory.desks().values().stream().noneMatch(d -> d.remote() && d.covers(site))) {
                    throw new HandoffException(Problem.NO_REMOTE_TEAM, id);
                }
                request.transferToRemote(from, body, now);
                record(from, "TRANSFERRED", id, "remote");
            }
        }
        if (body != null) {
            notes.save(new HelpNote(id, from, body, now));
        }
        HelpRequest saved = flushed(request);
        publish(saved, Kind.TRANSFERRED);
        return saved.summary();
    }

    /**
     * The agent who holds the request is typing: the kiosk says so for {@link HandoffSettings#typingShownFor()}. Nothing
     * is stored; the console sends this at most every two seconds while the agent types. Ignored for a request the
     * agent no longer holds.
     */
    @Transactional(readOnly = true)
    public void agentTyping(long id, String agent) {
        requests.findById(id).filter(r -> r.status().open() && r.status() != HelpStatus.WAITING
                && agent.equals(r.agent())).ifPresent(r -> events.publishEvent(
                        new StaffTyping(id, r.kioskId(), clock.instant().plus(settings.typingShownFor()))));
    }

    /** The open conversations {@code agent} holds, oldest first: one tab each in their console. */
    @Transactional(readOnly = true)
    public List<HelpRequestSummary> heldBy(String agent) {
        return requests.findHeldBy(agent).stream().map(HelpRequest::summary).toList();
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

    // ---- Agents' presence -------------------------------------------------------------------------

    /**
     * The agent opened the console: their presence, created the first time away (nobody is announced to citizens
     * before they say they are available), with the default capacity, both languages, and the on-site desk when the
     * installation has only one (otherwise none). Counts as a sign of life.
     */
    public AgentPresenceInfo openConsole(String agent) {
        Instant now = clock.instant();
        AgentPresence presence = presences.findById(agent).orElseGet(() -> {
            AgentPresence created = new AgentPresence(agent, settings.defaultCapacity(), EnumSet.allOf(Language.class), now);
            // With a single on-site desk (a new installation) it is the obvious choice; still away until they say so.
            List<Routing.Desk> local = directory.desks().values().stream().filter(d -> !d.remote()).toList();
            if (local.size() == 1) {
                created.serve(Set.of(local.getFirst().id()), EnumSet.allOf(Language.class), now);
            }
            return presences.save(created);
        });
        presence.seen(now);
        return info(presence);
    }

    /** The agent's presence, or empty if they never opened the console. */
    @Transactional(readOnly = true)
    public Optional<AgentPresenceInfo> presence(String agent) {
        return presences.findById(agent).map(this::info);
    }

    /** Every agent's presence, by username. */
    @Transactional(readOnly = true)
    public List<AgentPresenceInfo> presences() {
        Map<String, Integer> held = heldCounts();
        Instant now = clock.instant();
        return presences.findAll().stream().sorted(Comparator.comparing(AgentPresence::agent))
                .map(p -> p.info(held.getOrDefault(p.agent(), 0), connected(p, now))).toList();
    }

    /**
     * The desks and languages the agent serves today. An available agent must keep at least one of each
     * ({@link Problem#NO_DESK}); an unknown desk is refused ({@link Problem#UNKNOWN_DESK}).
     */
    public AgentPresenceInfo serve(String agent, Set<Long> desks, Set<Language> languages) {
        AgentPresence presence = existingPresence(agent);
        for (long desk : desks) {
            if (!directory.deskExists(desk)) {
                throw new HandoffException(Problem.UNKNOWN_DESK, 0);
            }
        }
        if (presence.status() == PresenceStatus.AVAILABLE && (desks.isEmpty() || languages.isEmpty())) {
            throw new HandoffException(Problem.NO_DESK, 0);
        }
        Instant now = clock.instant();
        presence.serve(desks, languages, now);
        presence.seen(now);
        flushedPresence(presence);
        record(agent, "DESKS", null, desks.stream().sorted().map(String::valueOf).collect(Collectors.joining(","))
                + " " + languages.stream().map(Language::name).sorted().collect(Collectors.joining(",")));
        availabilityChanged();
        return info(presence);
    }

    /**
     * Available, busy or away. Available needs a desk and a language ({@link Problem#NO_DESK}). Going away hands
     * every conversation the agent holds back to the queue, in its original place: nobody waits on an agent who
     * is not there.
     */
    public AgentPresenceInfo setStatus(String agent, PresenceStatus status) {
        AgentPresence presence = existingPresence(agent);
        if (status == PresenceStatus.AVAILABLE && (presence.desks().isEmpty() || presence.languages().isEmpty())) {
            throw new HandoffException(Problem.NO_DESK, 0);
        }
        Instant now = clock.instant();
        presence.seen(now);
        if (presence.status() != status) {
            presence.status(status, now);
            flushedPresence(presence);
            record(agent, "STATUS", null, status.name());
            if (status == PresenceStatus.AWAY) {
                releaseAll(agent, "RELEASED_AWAY");
            }
            availabilityChanged();
        }
        return info(presence);
    }

    /** Conversations at once, from 1 to {@link HandoffSettings#maxCapacity()} ({@link Problem#BAD_CAPACITY}). */
    public AgentPresenceInfo setCapacity(String agent, int capacity) {
        if (capacity < 1 || capacity > settings.maxCapacity()) {
            throw new HandoffException(Problem.BAD_CAPACITY, 0);
        }
        AgentPresence presence = existingPresence(agent);
        Instant now = clock.instant();
        presence.capacity(capacity, now);
        presence.seen(now);
        flushedPresence(presence);
        record(agent, "CAPACITY", null, String.valueOf(capacity));
        availabilityChanged();
        return info(presence);
    }

    /**
     * A sign of life from the agent's console (it sends one every quarter of the grace period). An agent not heard
     * from for {@link HandoffSettings#presenceGrace()} becomes away: see {@link #awayAfterGrace()}.
     */
    public void heartbeat(String agent) {
        presences.seen(agent, clock.instant());
    }

    /**
     * Agents on duty whose console has been silent for the grace period (closed, browser killed, connection lost)
     * become away, and their conversations go back to the queue in their original place.
     *
     * @return how many agents became away
     */
    public int awayAfterGrace() {
        Instant now = clock.instant();
        int away = 0;
        for (AgentPresence presence : presences.findSilentSince(now.minus(settings.presenceGrace()))) {
            presence.status(PresenceStatus.AWAY, now);
            record("system", "AGENT_AWAY", null, presence.agent());
            releaseAll(presence.agent(), "RELEASED_AWAY");
            away++;
        }
        if (away > 0) {
            availabilityChanged();
        }
        return away;
    }

    /**
     * The agent may no longer help (their account was disabled or lost the agent role): away, and every
     * conversation they hold back to the queue in its original place.
     */
    public void agentRemoved(String agent) {
        presences.findById(agent).ifPresent(p -> p.status(PresenceStatus.AWAY, clock.instant()));
        record("system", "AGENT_REMOVED", null, agent);
        releaseAll(agent, "RELEASED_REMOVED");
        availabilityChanged();
    }

    /** Every desk's id: for tests that put agents on duty everywhere. */
    Set<Long> allDeskIds() {
        return directory.desks().keySet();
    }

    private void releaseAll(String agent, String action) {
        Instant now = clock.instant();
        for (HelpRequest request : requests.findHeldBy(agent)) {
            request.release(now);
            record("system", action, request.id(), agent);
            publish(request, Kind.RELEASED);
        }
    }

    private AgentPresence existingPresence(String agent) {
        return presences.findById(agent).orElseGet(() -> presences.save(
                new AgentPresence(agent, settings.defaultCapacity(), EnumSet.allOf(Language.class), clock.instant())));
    }

    /**
     * Writes a presence change now, so that a change that crossed another (the grace period's sweep, another tab) is
     * told as {@link Problem#CONFLICT}, not as an error at commit.
     */
    private AgentPresence flushedPresence(AgentPresence presence) {
        try {
            return presences.saveAndFlush(presence);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new HandoffException(Problem.CONFLICT, 0);
        }
    }

    private AgentPresenceInfo info(AgentPresence presence) {
        return presence.info((int) requests.countHeldBy(presence.agent()), connected(presence, clock.instant()));
    }

    private boolean connected(AgentPresence presence, Instant now) {
        return presence.lastSeen().isAfter(now.minus(settings.presenceGrace()));
    }

    private Map<String, Integer> heldCounts() {
        Map<String, Integer> held = new HashMap<>();
        for (Object[] row : requests.heldCounts()) {
            held.put((String) row[0], ((Number) row[1]).intValue());
        }
        return held;
    }

    private void availabilityChanged() {
        events.publishEvent(new AvailabilityChanged(clock.instant()));
    }

    // ---- Routing and availability -----------------------------------------------------------------

    /**
     * What help from a person a kiosk can promise now, in {@code language}: someone on site, a remote helper, a
     * place in line with an estimate, or nobody now with when and how else. An unregistered kiosk is answered for
     * the default site. Ask again on {@link AvailabilityChanged}.
     */
    @Transactional(readOnly = true)
    public HelpAvailability availability(String kioskId, Language language) {
        return availabilityAt(directory.siteOf(kioskId), language, false);
    }

    /**
     * What help from a person another channel than a kiosk (the web chat, the API) can promise now for {@code siteId}
     * in {@code language}: as {@link #availability}, with the remote desks offered such a request at once when
     * {@link OnlineHelpSettings#remoteAtOnce()} says so. An unknown site is answered for the default site.
     */
    @Transactional(readOnly = true)
    public HelpAvailability onlineAvailability(long siteId, Language language) {
        long site = sites.site(siteId).isPresent() ? siteId : sites.defaultSite().id();
        return availabilityAt(site, language, online.remoteAtOnce());
    }

    private HelpAvailability availabilityAt(long site, Language language, boolean toRemote) {
        Instant now = clock.instant();
        Routing routing = routing(now);
        return switch (routing.answer(site, language, waiting(), toRemote)) {
            case Routing.Answer.OnSite a -> new HelpAvailability.OnSite(a.available());
            case Routing.Answer.Remote a -> new HelpAvailability.Remote(a.available());
            case Routing.Answer.Busy a -> new HelpAvailability.Busy(a.position(), a.estimatedWait());
            case Routing.Answer.Nobody a -> new HelpAvailability.NobodyNow(
                    a.staffed() ? HelpAvailability.NobodyNow.Reason.NOBODY_ON_DUTY
                            : HelpAvailability.NobodyNow.Reason.OUTSIDE_HOURS,
                    a.staffed() ? Optional.empty() : directory.nextStaffed(site, now),
                    directory.otherWays(site, language), a.someoneWillSee());
        };
    }

    /** The waiting requests offered to {@code agent} now, oldest first: empty unless they are available and not full. */
    @Transactional(readOnly = true)
    public List<HelpRequestSummary> offeredTo(String agent) {
        Routing routing = routing(clock.instant());
        Optional<Routing.Agent> who = routing.agents().stream().filter(a -> a.name().equals(agent)).findFirst();
        if (who.isEmpty()) {
            return List.of();
        }
        Set<Long> offered = routing.offers(who.get(), waiting()).stream().map(Routing.Request::id)
                .collect(Collectors.toSet());
        return requests.findWaiting().stream().filter(r -> offered.contains(r.id())).map(HelpRequest::summary).toList();
    }

    /**
     * The waiting requests {@code agent}'s desks and languages serve now (remote desks once a request overflowed),
     * whatever their status: what they would be offered if they were available with room.
     */
    @Transactional(readOnly = true)
    public List<HelpRequestSummary> waitingFor(String agent) {
        Routing routing = routing(clock.instant());
        Optional<Routing.Agent> who = routing.agents().stream().filter(a -> a.name().equals(agent)).findFirst();
        if (who.isEmpty()) {
            return List.of();
        }
        Map<Long, Routing.Request> byId = waiting().stream()
                .collect(Collectors.toMap(Routing.Request::id, Function.identity()));
        return requests.findWaiting().stream().filter(r -> {
            Routing.Request q = byId.get(r.id());
            return q != null && routing.serves(who.get(), q.siteId(), q.language(), routing.overflowed(q));
        }).map(HelpRequest::summary).toList();
    }

    /**
     * Housekeeping of presence and routing, every second: agents silent for the grace period become away (see
     * {@link #awayAfterGrace()}), a site's staffed hours beginning or ending is announced, and when a waiting request reaches the remote desks (its overflow time passed since
     * the last run) the consoles are told, so that it is offered within a second of its threshold.
     */
    public void routingTick() {
        awayAfterGrace();
        Instant now = clock.instant();
        Instant since = overflowAnnouncedUntil.getAndSet(now);
        Routing routing = routing(now);
        Map<Long, Routing.Site> staffed = routing.sites();
        if (!staffed.equals(staffedAtLastTick.getAndSet(staffed))) {
            // a site's staffed hours began or ended: what its kiosks may promise changed
            availabilityChanged();
            return;
        }
        List<Routing.Request> waiting = waiting();
        if (since == null || waiting.isEmpty()) {
            return;
        }
        for (Routing.Request request : waiting) {
            Instant at = routing.overflowAt(request);
            if (at.isAfter(since) && !at.isAfter(now)) {
                availabilityChanged();
                return;
            }
        }
    }

    private void requireOffered(HelpRequest request, String agent) {
        AgentPresence presence = presences.lockByAgent(agent)
                .orElseThrow(() -> new HandoffException(Problem.NOT_AVAILABLE, request.id()));
        if (presence.status() != PresenceStatus.AVAILABLE) {
            throw new HandoffException(Problem.NOT_AVAILABLE, request.id());
        }
        if (requests.countHeldBy(agent) >= presence.capacity()) {
            throw new HandoffException(Problem.AT_CAPACITY, request.id());
        }
        Instant now = clock.instant();
        Routing routing = routing(now);
        Routing.Agent who = routing.agents().stream().filter(a -> a.name().equals(agent)).findFirst().orElseThrow();
        Routing.Request asked = new Routing.Request(request.id(), siteOf(request), request.language(),
                request.createdAt(), request.toRemote());
        if (!routing.offered(asked, who)) {
            throw new HandoffException(Problem.NOT_OFFERED, request.id());
        }
    }

    /** Everything routing decides from, now. */
    private Routing routing(Instant now) {
        Map<String, Integer> held = heldCounts();
        List<Routing.Agent> agents = presences.findAll().stream()
                .map(p -> new Routing.Agent(p.agent(), p.desks(), p.languages(), p.status(), p.capacity(),
                        held.getOrDefault(p.agent(), 0), connected(p, now)))
                .toList();
        return new Routing(directory.sitesAt(now), directory.desks(), agents, handlingTime(now), settings.overflowAfter(), now);
    }

    /** The queue in the routing engine's terms, oldest first. */
    private List<Routing.Request> waiting() {
        Map<String, Long> siteOfKiosk = new HashMap<>();
        return requests.findWaiting().stream()
                .map(r -> new Routing.Request(r.id(), r.siteId() != null ? r.siteId()
                        : siteOfKiosk.computeIfAbsent(r.kioskId(), directory::siteOf), r.language(), r.createdAt(),
                        r.toRemote()))
                .toList();
    }

    /**
     * The median of recent conversations, claimed to closed; without history, the configured wait per person
     * ({@link HandoffSettings#defaultWait()}).
     */
    private Duration handlingTime(Instant now) {
        List<Long> times = requests.recentHandling(now.minus(WAIT_HISTORY_WINDOW), Limit.of(settings.handlingHistory()))
                .stream()
                .map(row -> Duration.between((Instant) row[0], (Instant) row[1]).toMillis())
                .sorted()
                .toList();
        if (times.isEmpty()) {
            return settings.defaultWait();
        }
        return Duration.ofMillis(times.get(times.size() / 2));
    }

    // ---- Helpers --------------------------------------------------------------------------------

    /** The site a request is routed for: its own (another channel's), or its kiosk's now. */
    private long siteOf(HelpRequest request) {
        Long own = request.siteId();
        return own != null ? own : directory.siteOf(request.kioskId());
    }

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
        events.publishEvent(HandoffUpdate.of(request, kind));
        if (kind != Kind.MESSAGE && kind != Kind.COMING_OVER && kind != Kind.GUIDE_SENT) {
            // the queue changed: the line of the kiosks and consoles that follow it too
            availabilityChanged();
        }
    }

    /** The place in this request's own line (the requests the same agents serve) and the estimate from the routing. */
    HelpTicket ticketFor(HelpRequest request) {
        if (request.status() != HelpStatus.WAITING) {
            return new HelpTicket(request.id(), request.status(), 0, Duration.ZERO);
        }
        Routing.Place place = routing(clock.instant()).placeOf(request.id(), waiting())
                .orElse(new Routing.Place(1, Duration.ZERO));
        return new HelpTicket(request.id(), request.status(), place.position(), place.estimatedWait());
    }
}
