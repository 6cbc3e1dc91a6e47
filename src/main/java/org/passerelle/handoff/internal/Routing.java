package org.passerelle.handoff.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.passerelle.handoff.PresenceStatus;
import org.passerelle.knowledge.Language;

/**
 * Who is offered a waiting request, and what a kiosk may say before the citizen asks, at one instant.
 *
 * <p>The rules, in one place:
 * <ul>
 *   <li>An agent is <em>free</em> when they are {@link PresenceStatus#AVAILABLE} and hold fewer conversations than
 *       their capacity. Only free agents are offered anything: never an agent who is busy, away or full.</li>
 *   <li>An agent <em>serves</em> a request when they speak its language and one of the desks they chose today covers
 *       the kiosk's site: a LOCAL desk always, a REMOTE desk once the request {@linkplain #overflowed overflows}.</li>
 *   <li>A request an agent handed to the remote team is offered to the remote desks at once.</li>
 *   <li>A request overflows to the remote desks when it has waited {@code overflowAfter} with nobody local taking it,
 *       or at once when no one local could take it soon: the site is outside its staffed hours, no LOCAL desk covers
 *       it, or no agent of a LOCAL desk covering it who speaks the language is AVAILABLE (free or full).</li>
 * </ul>
 * The presence of agents is the truth about who helps now; staffed hours say only whether local staff are expected
 * (hence overflow at once outside them) and what to tell a citizen when nobody is there.
 *
 * @param sites         the sites the requests come from, by id; a site not here counts as not staffed
 * @param desks         every desk, by id
 * @param agents        every agent with a presence (AWAY ones too: they may still be connected)
 * @param handlingTime  the typical conversation, claimed to closed (the median of recent ones), for estimates
 * @param overflowAfter how long a request waits for the local desks before the remote desks are offered it too
 * @param now           the instant the answers are for
 */
public record Routing(Map<Long, Site> sites, Map<Long, Desk> desks, List<Agent> agents, Duration handlingTime,
        Duration overflowAfter, Instant now) {

    /** A site as routing needs it: whether its staffed hours are now. */
    public record Site(long id, boolean staffed) {
    }

    /** A desk: a site's local team or a remote team, and the sites it covers. */
    public record Desk(long id, boolean remote, boolean coversAll, Set<Long> siteIds) {

        public Desk {
            siteIds = Set.copyOf(siteIds);
        }

        public boolean covers(long siteId) {
            return coversAll || siteIds.contains(siteId);
        }
    }

    /**
     * An agent's presence.
     *
     * @param holding   the conversations they hold now (claimed or live)
     * @param connected their console answered within the grace period
     */
    public record Agent(String name, Set<Long> desks, Set<Language> languages, PresenceStatus status, int capacity,
            int holding, boolean connected) {

        public Agent {
            desks = Set.copyOf(desks);
            languages = Set.copyOf(languages);
        }

        /** Taking new requests now. */
        public boolean free() {
            return status == PresenceStatus.AVAILABLE && holding < capacity;
        }

        public int freeSlots() {
            return status == PresenceStatus.AVAILABLE ? Math.max(0, capacity - holding) : 0;
        }
    }

    /**
     * A waiting request: where it comes from, its language and its place (creation time, then id).
     *
     * @param toRemote an agent handed it to the remote team: the remote desks are offered it at once
     */
    public record Request(long id, long siteId, Language language, Instant createdAt, boolean toRemote) {

        public Request(long id, long siteId, Language language, Instant createdAt) {
            this(id, siteId, language, createdAt, false);
        }
    }

    /** The order of the queue: creation time, then id. A request handed back keeps its place. */
    public static final Comparator<Request> QUEUE_ORDER =
            Comparator.comparing(Request::createdAt).thenComparingLong(Request::id);

    public Routing {
        sites = Map.copyOf(sites);
        desks = Map.copyOf(desks);
        agents = List.copyOf(agents);
    }

    // ---- Offers ---------------------------------------------------------------------------------------

    /** Whether {@code agent} is offered {@code request} now: free, speaks its language, and a desk of theirs serves it. */
    public boolean offered(Request request, Agent agent) {
        return agent.free() && serves(agent, request.siteId(), request.language(), overflowed(request));
    }

    /** The requests offered to {@code agent} now, in queue order. */
    public List<Request> offers(Agent agent, List<Request> waiting) {
        return waiting.stream().filter(r -> offered(r, agent)).sorted(QUEUE_ORDER).toList();
    }

    /** The agents {@code request} is offered to now. */
    public List<Agent> offeredTo(Request request) {
        return agents.stream().filter(a -> offered(request, a)).toList();
    }

    /** Whether the remote desks are offered {@code request} now (see the class comment). */
    public boolean overflowed(Request request) {
        return request.toRemote() || !request.createdAt().plus(overflowAfter).isAfter(now)
                || remoteAtOnce(request.siteId(), request.language());
    }

    /**
     * When {@code request} reaches the remote desks: its creation plus the overflow wait, or its creation when
     * nobody local could take it (then the answer is at or before now).
     */
    public Instant overflowAt(Request request) {
        return request.toRemote() || remoteAtOnce(request.siteId(), request.language()) ? request.createdAt()
                : request.createdAt().plus(overflowAfter);
    }

    /** No one local could take a request from {@code siteId} in {@code language} soon. */
    boolean remoteAtOnce(long siteId, Language language) {
        if (!staffed(siteId)) {
            return true;
        }
        return agents.stream().noneMatch(a -> a.status() == PresenceStatus.AVAILABLE
                && a.languages().contains(language) && hasDesk(a, siteId, false));
    }

    /** Whether the agent speaks the language and one of their desks covers the site (a remote one only if allowed). */
    public boolean serves(Agent agent, long siteId, Language language, boolean remoteToo) {
        return agent.languages().contains(language) && (hasDesk(agent, siteId, false) || remoteToo && hasDesk(agent, siteId, true));
    }

    private boolean hasDesk(Agent agent, long siteId, boolean remote) {
        for (long id : agent.desks()) {
            Desk desk = desks.get(id);
            if (desk != null && desk.remote() == remote && desk.covers(siteId)) {
                return true;
            }
        }
        return false;
    }

    private boolean staffed(long siteId) {
        Site site = sites.get(siteId);
        return site != null && site.staffed();
    }

    // ---- What a kiosk may say --------------------------------------------------------------------------

    /** What a new request from {@code siteId} in {@code language} would meet now, before the site's words are added. */
    public sealed interface Answer {
        /** Free agents of a local desk covering the site. */
        record OnSite(int available) implements Answer {
        }

        /** Nobody local, but free agents of a remote desk would be offered it at once. */
        record Remote(int available) implements Answer {
        }

        /** Agents who serve it are on duty (AVAILABLE) but full: the place it would take and the estimate. */
        record Busy(int position, Duration estimatedWait) implements Answer {
        }

        /**
         * Nobody on duty serves it.
         *
         * @param staffed         the site is within its staffed hours
         * @param someoneWillSee  an agent who serves it keeps a console open (busy, or away by hand for a moment):
         *                        a request left now will be seen
         */
        record Nobody(boolean staffed, boolean someoneWillSee) implements Answer {
        }
    }

    /** What a citizen at a kiosk of {@code siteId} asking in {@code language} would meet now. */
    public Answer answer(long siteId, Language language, List<Request> waiting) {
        return answer(siteId, language, waiting, false);
    }

    /**
     * What a new request from {@code siteId} in {@code language} would meet now; with {@code toRemote} (a web chat's
     * request, which nobody can walk over to) the remote desks are offered it at once, as a request handed to them.
     */
    public Answer answer(long siteId, Language language, List<Request> waiting, boolean toRemote) {
        boolean remoteNow = toRemote || remoteAtOnce(siteId, language);
        int local = (int) agents.stream().filter(a -> a.free() && serves(a, siteId, language, false)).count();
        if (local > 0) {
            return new Answer.OnSite(local);
        }
        int remote = (int) agents.stream().filter(a -> a.free() && serves(a, siteId, language, true)).count();
        if (remoteNow && remote > 0) {
            return new Answer.Remote(remote);
        }
        Request wouldBe = new Request(Long.MAX_VALUE, siteId, language, now, toRemote);
        if (agents.stream().anyMatch(a -> a.status() == PresenceStatus.AVAILABLE && serves(a, siteId, language, true))) {
            Place place = place(wouldBe, waiting);
            return new Answer.Busy(place.position(), place.estimatedWait());
        }
        boolean staffed = staffed(siteId);
        boolean seen = agents.stream().anyMatch(a -> a.connected() && a.status() != PresenceStatus.AVAILABLE
                && (hasDesk(a, siteId, true) || staffed && hasDesk(a, siteId, false)) && a.languages().contains(language));
        return new Answer.Nobody(staffed, seen);
    }

    // ---- Place in line and the estimate ------------------------------------------------------------------

    /**
     * A request's place in its own line and the estimated wait.
     *
     * @param position      1 for next; counts only the waiting requests ahead that the same agents would serve
     * @param estimatedWait from the free places and the capacity of the agents on duty who serve it, and the
     *                      typical handling time
     */
    public record Place(int position, Duration estimatedWait) {
    }

    /**
     * {@code request}'s place among {@code waiting} (which may contain it). The line is that of the agents on duty
     * (AVAILABLE, free or full) who serve it, the remote desks included since it reaches them after the overflow wait
     * at the latest: a request ahead counts when one of those agents would serve it too. With nobody on duty the line
     * is the site's.
     *
     * <p>The estimate: with {@code k} places (the capacity of the agents it is offered to), {@code f} of them free,
     * and a typical conversation of {@code h}, the {@code p}-th in line waits for {@code p − f} places to open; with
     * the conversations in progress at random points the first opens after about ½·h for one agent, hence
     * {@code h × (p − f − ½) / k}, zero when a place is free for it. A request that has not overflowed yet gets the
     * shorter of its local line's estimate and the wait until it overflows plus the whole line's.
     */
    public Place place(Request request, List<Request> waiting) {
        List<Agent> pool = agents.stream().filter(a -> a.status() == PresenceStatus.AVAILABLE
                && serves(a, request.siteId(), request.language(), true)).toList();
        int position = ahead(request, waiting, pool) + 1;
        if (pool.isEmpty()) {
            return new Place(position, handlingTime.multipliedBy(position));
        }
        if (overflowed(request)) {
            return new Place(position, estimate(pool, position));
        }
        // Not yet offered to the remote desks: the local line now, or the whole line once it overflows.
        List<Agent> local = pool.stream().filter(a -> serves(a, request.siteId(), request.language(), false)).toList();
        Duration wait = estimate(local, ahead(request, waiting, local) + 1);
        if (local.size() < pool.size()) {
            Duration untilOverflow = Duration.between(now, overflowAt(request));
            Duration viaRemote = (untilOverflow.isNegative() ? Duration.ZERO : untilOverflow).plus(estimate(pool, position));
            if (viaRemote.compareTo(wait) < 0) {
                wait = viaRemote;
            }
        }
        return new Place(position, wait);
    }

    /** The waiting requests before {@code request} that one of {@code agents} would serve (with nobody: the site's). */
    private int ahead(Request request, List<Request> waiting, List<Agent> agents) {
        int ahead = 0;
        for (Request other : waiting) {
            if (other.id() == request.id() || QUEUE_ORDER.compare(other, request) >= 0) {
                continue;
            }
            boolean sameLine = agents.isEmpty() ? other.siteId() == request.siteId()
                    : agents.stream().anyMatch(a -> serves(a, other.siteId(), other.language(), overflowed(other)));
            if (sameLine) {
                ahead++;
            }
        }
        return ahead;
    }

    private Duration estimate(List<Agent> offeredNow, int position) {
        int capacity = offeredNow.stream().mapToInt(Agent::capacity).sum();
        int free = offeredNow.stream().mapToInt(Agent::freeSlots).sum();
        if (capacity == 0) {
            return handlingTime.multipliedBy(position);
        }
        if (free >= position) {
            return Duration.ZERO;
        }
        double turns = position - free - 0.5;
        return Duration.ofMillis(Math.round(handlingTime.toMillis() * turns / capacity));
    }

    /** Shortcut for a request's place, when it is known to be in {@code waiting}. */
    public Optional<Place> placeOf(long requestId, List<Request> waiting) {
        return waiting.stream().filter(r -> r.id() == requestId).findFirst().map(r -> place(r, waiting));
    }
}
