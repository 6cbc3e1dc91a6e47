package org.passerelle.handoff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.handoff.PresenceStatus;
import org.passerelle.handoff.internal.Routing.Agent;
import org.passerelle.handoff.internal.Routing.Answer;
import org.passerelle.handoff.internal.Routing.Desk;
import org.passerelle.handoff.internal.Routing.Request;
import org.passerelle.handoff.internal.Routing.Site;
import org.passerelle.knowledge.Language;

/** The routing rules at fixed instants: two sites, each with a local desk, and a remote desk covering all. */
class RoutingTest {

    static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
    static final Duration OVERFLOW = Duration.ofMinutes(2);
    static final Duration HANDLING = Duration.ofMinutes(6);
    static final long LIBRARY = 1;
    static final long CENTRE = 2;
    static final long NO_DESK_SITE = 3;
    static final Desk LIBRARY_DESK = new Desk(10, false, false, Set.of(LIBRARY));
    static final Desk CENTRE_DESK = new Desk(20, false, false, Set.of(CENTRE));
    static final Desk REMOTE = new Desk(99, true, true, Set.of());

    final Map<Long, Site> sites = new java.util.HashMap<>(Map.of(LIBRARY, new Site(LIBRARY, true),
            CENTRE, new Site(CENTRE, true), NO_DESK_SITE, new Site(NO_DESK_SITE, true)));
    final List<Agent> agents = new ArrayList<>();

    Routing at(Instant now) {
        return new Routing(sites, Map.of(10L, LIBRARY_DESK, 20L, CENTRE_DESK, 99L, REMOTE), agents, HANDLING, OVERFLOW,
                now);
    }

    Routing now() {
        return at(NOW);
    }

    static Agent agent(String name, PresenceStatus status, int capacity, int holding, Set<Long> desks,
            Language... languages) {
        return new Agent(name, desks, Set.of(languages), status, capacity, holding, true);
    }

    static Agent available(String name, Set<Long> desks, Language... languages) {
        return agent(name, PresenceStatus.AVAILABLE, 1, 0, desks, languages);
    }

    static Request request(long id, long site, Language language, Instant createdAt) {
        return new Request(id, site, language, createdAt);
    }

    // ---- Never away, busy or full -------------------------------------------------------------------------

    @Test
    void an_agent_who_is_away_busy_or_full_is_never_offered_a_request() {
        Agent away = agent("away", PresenceStatus.AWAY, 1, 0, Set.of(10L), Language.EN);
        Agent busy = agent("busy", PresenceStatus.BUSY, 1, 0, Set.of(10L), Language.EN);
        Agent full = agent("full", PresenceStatus.AVAILABLE, 2, 2, Set.of(10L), Language.EN);
        Agent free = agent("free", PresenceStatus.AVAILABLE, 2, 1, Set.of(10L), Language.EN);
        agents.addAll(List.of(away, busy, full, free));
        Request request = request(1, LIBRARY, Language.EN, NOW.minus(Duration.ofHours(1)));

        assertThat(now().offeredTo(request)).containsExactly(free);
        assertThat(now().offers(away, List.of(request))).isEmpty();
        assertThat(now().offers(full, List.of(request))).isEmpty();
    }

    @Test
    void a_request_is_offered_only_to_agents_who_speak_its_language() {
        Agent english = available("english", Set.of(10L), Language.EN);
        Agent both = available("both", Set.of(10L), Language.EN, Language.FR);
        agents.addAll(List.of(english, both));

        assertThat(now().offeredTo(request(1, LIBRARY, Language.FR, NOW))).containsExactly(both);
    }

    @Test
    void a_local_desk_is_offered_only_the_requests_of_the_sites_it_covers() {
        Agent library = available("library", Set.of(10L), Language.EN);
        Agent centre = available("centre", Set.of(20L), Language.EN);
        agents.addAll(List.of(library, centre));

        assertThat(now().offeredTo(request(1, LIBRARY, Language.EN, NOW))).containsExactly(library);
    }

    // ---- Local first, then overflow ---------------------------------------------------------------------

    @Test
    void a_request_goes_to_the_local_desk_first_and_to_the_remote_desk_exactly_at_the_overflow_threshold() {
        Agent local = agent("local", PresenceStatus.AVAILABLE, 1, 1, Set.of(10L), Language.EN);
        Agent remote = available("remote", Set.of(99L), Language.EN);
        agents.addAll(List.of(local, remote));
        Request request = request(1, LIBRARY, Language.EN, NOW);

        assertThat(now().offeredTo(request)).as("local is full, remote waits its turn").isEmpty();
        assertThat(at(NOW.plus(OVERFLOW).minusMillis(1)).offeredTo(request)).isEmpty();
        assertThat(at(NOW.plus(OVERFLOW)).offeredTo(request)).containsExactly(remote);
        assertThat(now().overflowAt(request)).isEqualTo(NOW.plus(OVERFLOW));
    }

    @Test
    void a_site_with_no_local_desk_is_offered_to_the_remote_desk_at_once() {
        Agent remote = available("remote", Set.of(99L), Language.EN);
        agents.add(remote);
        Request request = request(1, NO_DESK_SITE, Language.EN, NOW);

        assertThat(now().offeredTo(request)).containsExactly(remote);
        assertThat(now().overflowAt(request)).isEqualTo(NOW);
    }

    @Test
    void when_nobody_local_is_on_duty_the_remote_desk_is_offered_the_request_at_once() {
        agents.add(agent("local", PresenceStatus.AWAY, 1, 0, Set.of(10L), Language.EN));
        agents.add(agent("local-busy", PresenceStatus.BUSY, 1, 0, Set.of(10L), Language.EN));
        Agent remote = available("remote", Set.of(99L), Language.EN);
        agents.add(remote);

        assertThat(now().offeredTo(request(1, LIBRARY, Language.EN, NOW))).containsExactly(remote);
    }

    @Test
    void outside_the_sites_staffed_hours_the_remote_desk_is_offered_the_request_at_once() {
        sites.put(LIBRARY, new Site(LIBRARY, false));
        Agent local = agent("local", PresenceStatus.AVAILABLE, 1, 1, Set.of(10L), Language.EN);
        Agent remote = available("remote", Set.of(99L), Language.EN);
        agents.addAll(List.of(local, remote));

        assertThat(now().offeredTo(request(1, LIBRARY, Language.EN, NOW))).containsExactly(remote);
    }

    @Test
    void a_local_agent_who_speaks_only_the_other_language_does_not_hold_the_request_back_from_the_remote_desk() {
        agents.add(available("english", Set.of(10L), Language.EN));
        Agent remote = available("remote", Set.of(99L), Language.FR);
        agents.add(remote);

        assertThat(now().offeredTo(request(1, LIBRARY, Language.FR, NOW))).containsExactly(remote);
    }

    // ---- The queue keeps its order -----------------------------------------------------------------------

    @Test
    void a_request_handed_back_keeps_its_original_place_by_creation_time() {
        Agent agent = agent("a", PresenceStatus.AVAILABLE, 3, 0, Set.of(10L), Language.EN);
        agents.add(agent);
        Request older = request(7, LIBRARY, Language.EN, NOW.minusSeconds(300));
        Request newer = request(3, LIBRARY, Language.EN, NOW.minusSeconds(60));

        assertThat(now().offers(agent, List.of(newer, older))).containsExactly(older, newer);
        assertThat(now().place(older, List.of(newer, older)).position()).isEqualTo(1);
        assertThat(now().place(newer, List.of(newer, older)).position()).isEqualTo(2);
    }

    @Test
    void the_place_in_line_counts_only_the_requests_the_same_agents_serve() {
        agents.add(agent("library", PresenceStatus.AVAILABLE, 1, 1, Set.of(10L), Language.EN));
        agents.add(agent("centre", PresenceStatus.AVAILABLE, 1, 1, Set.of(20L), Language.EN));
        List<Request> waiting = List.of(request(1, CENTRE, Language.EN, NOW.minusSeconds(30)),
                request(2, CENTRE, Language.EN, NOW.minusSeconds(20)), request(3, LIBRARY, Language.EN, NOW.minusSeconds(10)));

        Routing.Place place = now().place(waiting.get(2), waiting);

        assertThat(place.position()).isEqualTo(1);
    }

    // ---- The estimate -------------------------------------------------------------------------------------

    @Test
    void the_estimate_grows_with_the_place_in_line_and_shrinks_with_the_capacity_on_duty() {
        agents.add(agent("a", PresenceStatus.AVAILABLE, 1, 1, Set.of(10L), Language.EN));
        List<Request> waiting = List.of(request(1, LIBRARY, Language.EN, NOW.minusSeconds(30)),
                request(2, LIBRARY, Language.EN, NOW.minusSeconds(20)));

        Duration oneAgent = now().place(waiting.get(1), waiting).estimatedWait();
        agents.add(agent("b", PresenceStatus.AVAILABLE, 2, 2, Set.of(10L), Language.EN));
        Duration threePlaces = now().place(waiting.get(1), waiting).estimatedWait();

        assertThat(now().place(waiting.get(0), waiting).estimatedWait()).isEqualTo(Duration.ofMinutes(1));
        assertThat(oneAgent).isEqualTo(Duration.ofMinutes(9)); // 6 min × 1.5 / 1
        assertThat(threePlaces).isEqualTo(Duration.ofMinutes(3)); // 6 min × 1.5 / 3
    }

    @Test
    void a_free_place_means_no_wait() {
        agents.add(agent("a", PresenceStatus.AVAILABLE, 2, 1, Set.of(10L), Language.EN));
        List<Request> waiting = List.of(request(1, LIBRARY, Language.EN, NOW));

        assertThat(now().place(waiting.get(0), waiting)).isEqualTo(new Routing.Place(1, Duration.ZERO));
    }

    // ---- What the kiosk may say --------------------------------------------------------------------------

    @Test
    void a_free_local_agent_who_speaks_the_language_means_someone_on_site() {
        agents.add(available("a", Set.of(10L), Language.EN));
        agents.add(available("b", Set.of(10L), Language.EN, Language.FR));
        agents.add(available("remote", Set.of(99L), Language.EN));

        assertThat(now().answer(LIBRARY, Language.EN, List.of())).isEqualTo(new Answer.OnSite(2));
        assertThat(now().answer(LIBRARY, Language.FR, List.of())).isEqualTo(new Answer.OnSite(1));
    }

    @Test
    void with_nobody_local_on_duty_a_free_remote_agent_means_a_remote_helper() {
        agents.add(agent("local", PresenceStatus.AWAY, 1, 0, Set.of(10L), Language.EN));
        agents.add(available("remote", Set.of(99L), Language.EN));

        assertThat(now().answer(LIBRARY, Language.EN, List.of())).isEqualTo(new Answer.Remote(1));
    }

    @Test
    void everyone_on_duty_at_capacity_means_busy_with_the_place_and_estimate() {
        agents.add(agent("local", PresenceStatus.AVAILABLE, 1, 1, Set.of(10L), Language.EN));
        List<Request> waiting = List.of(request(1, LIBRARY, Language.EN, NOW.minusSeconds(30)));

        assertThat(now().answer(LIBRARY, Language.EN, waiting)).isEqualTo(new Answer.Busy(2, Duration.ofMinutes(9)));
    }

    @Test
    void a_full_local_desk_with_a_free_remote_agent_announces_at_most_the_overflow_wait() {
        agents.add(agent("local", PresenceStatus.AVAILABLE, 1, 1, Set.of(10L), Language.EN));
        agents.add(available("remote", Set.of(99L), Language.EN));

        assertThat(now().answer(LIBRARY, Language.EN, List.of())).isEqualTo(new Answer.Busy(1, OVERFLOW));
    }

    @Test
    void nobody_on_duty_within_hours_can_leave_a_request_only_if_someone_keeps_a_console_open() {
        agents.add(agent("local", PresenceStatus.BUSY, 1, 0, Set.of(10L), Language.EN));

        assertThat(now().answer(LIBRARY, Language.EN, List.of())).isEqualTo(new Answer.Nobody(true, true));
        agents.set(0, new Agent("local", Set.of(10L), Set.of(Language.EN), PresenceStatus.AWAY, 1, 0, false));
        assertThat(now().answer(LIBRARY, Language.EN, List.of())).isEqualTo(new Answer.Nobody(true, false));
    }

    @Test
    void outside_hours_a_local_agent_still_connected_does_not_make_a_request_worth_leaving() {
        sites.put(LIBRARY, new Site(LIBRARY, false));
        agents.add(agent("local", PresenceStatus.BUSY, 1, 0, Set.of(10L), Language.EN));

        assertThat(now().answer(LIBRARY, Language.EN, List.of())).isEqualTo(new Answer.Nobody(false, false));
    }

    @Test
    void with_no_agent_at_all_nobody_can_help() {
        assertThat(now().answer(LIBRARY, Language.EN, List.of())).isEqualTo(new Answer.Nobody(true, false));
    }
}
