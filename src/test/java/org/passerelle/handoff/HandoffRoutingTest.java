package org.passerelle.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.handoff.TestKiosks.assertRefused;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.handoff.HandoffException.Problem;
import org.passerelle.handoff.HelpAvailability.NobodyNow;
import org.passerelle.knowledge.Language;
import org.passerelle.site.DeskInfo;
import org.passerelle.site.DeskKind;
import org.passerelle.site.SiteService;
import org.passerelle.security.Roles;
import org.passerelle.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Presence, routing and what a kiosk may promise, through {@link HandoffService} on a database of their own (only
 * the agents of these tests are on duty): the default site, weekdays 9:00–17:00 in Toronto, its local desk and the
 * remote desk that covers all sites.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:handoff-routing-test;DB_CLOSE_DELAY=-1")
@RecordApplicationEvents
class HandoffRoutingTest extends HandoffApplicationTest {

    @Autowired
    SiteService sites;

    @Autowired
    UserService users;

    @Autowired
    OnlineHelp online;

    @Autowired
    ApplicationEvents events;

    String kiosk;
    long local;
    long remote;
    FeedRecorder heard;
    List<AvailabilityChanged> changes = new java.util.concurrent.CopyOnWriteArrayList<>();
    HandoffFeed.Subscription following;

    @BeforeEach
    void a_kiosk_at_the_default_site_during_staffed_hours_and_nobody_on_duty() {
        for (AgentPresenceInfo presence : handoff.presences()) {
            handoff.setStatus(presence.agent(), PresenceStatus.AWAY);
        }
        // Nothing waits from an earlier test: those requests are cancelled, as a citizen who left would.
        handoff.openRequests().forEach(r -> handoff.cancel(r.id()));
        long site = sites.defaultSite().id();
        // Staffed: the next staffed instant from now, plus an hour (the default site is staffed 9:00–17:00).
        Instant staffedFrom = sites.nextStaffed(site, clock.instant()).orElseThrow().toInstant();
        clock.advance(Duration.between(clock.instant(), staffedFrom).plus(Duration.ofHours(1)));
        kiosk = TestKiosks.register(handoff);
        local = desk(DeskKind.LOCAL);
        remote = desk(DeskKind.REMOTE);
        heard = new FeedRecorder(feed, u -> u.kioskId().equals(kiosk));
        following = feed.subscribeAvailability(changes::add);
    }

    @AfterEach
    void stop() {
        heard.stop();
        following.cancel();
    }

    private long desk(DeskKind kind) {
        return sites.desksCovering(sites.defaultSite().id()).stream().filter(d -> d.kind() == kind)
                .map(DeskInfo::id).findFirst().orElseThrow();
    }

    private void onDuty(String agent, long desk, int capacity, Language... languages) {
        handoff.openConsole(agent);
        handoff.serve(agent, Set.of(desk), Set.of(languages));
        handoff.setCapacity(agent, capacity);
        handoff.setStatus(agent, PresenceStatus.AVAILABLE);
    }

    /** Their consoles answer (as every quarter of the grace period). */
    private void alive(String... agents) {
        for (String agent : agents) {
            handoff.heartbeat(agent);
        }
    }

    private long ask(Language language) {
        clock.advance(Duration.ofSeconds(1));
        return handoff.requestHelp(new NewHelpRequest(kiosk, language, HelpReason.ASKED_FOR_PERSON, null, null,
                List.of())).id();
    }

    private HelpAvailability availability() {
        return handoff.availability(kiosk, Language.EN);
    }

    // ---- Presence ---------------------------------------------------------------------------------------

    @Test
    void an_agent_who_opens_the_console_is_away_with_the_only_local_desk_chosen_until_they_say_they_are_available() {
        String newcomer = "newcomer-" + UUID.randomUUID();
        AgentPresenceInfo opened = handoff.openConsole(newcomer);

        assertThat(opened.status()).isEqualTo(PresenceStatus.AWAY);
        assertThat(opened.capacity()).isEqualTo(settings.defaultCapacity());
        assertThat(opened.desks()).as("the installation's only on-site desk").containsExactly(local);
        assertThat(availability()).isInstanceOf(NobodyNow.class);
        handoff.serve(newcomer, Set.of(), Set.of(Language.EN));
        assertRefused(Problem.NO_DESK, () -> handoff.setStatus(newcomer, PresenceStatus.AVAILABLE));
    }

    @Test
    void a_capacity_outside_one_to_the_maximum_and_an_unknown_desk_are_refused_plainly() {
        String newcomer = "newcomer-" + UUID.randomUUID();
        handoff.openConsole(newcomer);

        assertRefused(Problem.BAD_CAPACITY, () -> handoff.setCapacity(newcomer, 0));
        assertRefused(Problem.BAD_CAPACITY, () -> handoff.setCapacity(newcomer, settings.maxCapacity() + 1));
        assertRefused(Problem.UNKNOWN_DESK, () -> handoff.serve(newcomer, Set.of(987_654L), Set.of(Language.EN)));
        assertThat(handoff.presence(newcomer).orElseThrow().desks()).containsExactly(local);
        assertThat(handoff.presence(newcomer).orElseThrow().capacity()).isEqualTo(settings.defaultCapacity());
    }

    // ---- What the kiosk may promise ------------------------------------------------------------------

    @Test
    void a_free_local_agent_means_someone_on_site_and_a_full_one_means_busy_with_a_place_and_an_estimate() {
        onDuty("nadia", local, 1, Language.EN);
        assertThat(availability()).isEqualTo(new HelpAvailability.OnSite(1));

        long first = ask(Language.EN);
        handoff.claim(first, "nadia");

        assertThat(availability()).isInstanceOfSatisfying(HelpAvailability.Busy.class, busy -> {
            assertThat(busy.position()).isEqualTo(1);
            assertThat(busy.estimatedWait()).isPositive();
        });
        long second = ask(Language.EN);
        assertThat(handoff.ticket(second).orElseThrow().position()).isEqualTo(1);
        assertThat(availability()).isInstanceOfSatisfying(HelpAvailability.Busy.class,
                busy -> assertThat(busy.position()).isEqualTo(2));
    }

    @Test
    void with_nobody_local_a_free_remote_agent_means_a_remote_helper() {
        onDuty("remy", remote, 1, Language.EN, Language.FR);

        assertThat(availability()).isEqualTo(new HelpAvailability.Remote(1));
    }

    @Test
    void an_agent_who_speaks_only_french_does_not_make_help_available_in_english() {
        onDuty("nadia", local, 1, Language.FR);

        assertThat(handoff.availability(kiosk, Language.FR)).isEqualTo(new HelpAvailability.OnSite(1));
        assertThat(availability()).isInstanceOf(NobodyNow.class);
    }

    @Test
    void within_hours_an_agent_away_for_a_moment_lets_a_request_be_left_but_not_once_their_console_is_gone() {
        onDuty("nadia", local, 1, Language.EN);
        handoff.setStatus("nadia", PresenceStatus.AWAY);

        assertThat(availability()).isEqualTo(new NobodyNow(NobodyNow.Reason.NOBODY_ON_DUTY, java.util.Optional.empty(),
                "Ask at the front counter.", true));

        clock.advance(settings.presenceGrace().plusSeconds(1));
        handoff.routingTick();

        assertThat(((NobodyNow) availability()).canLeaveRequest()).isFalse();
    }

    @Test
    void outside_staffed_hours_nobody_now_says_when_help_is_next_and_the_other_ways_in_the_citizens_language() {
        long site = sites.defaultSite().id();
        clock.advance(Duration.between(clock.instant(), sites.staffedUntil(site, clock.instant()).orElseThrow())
                .plusMinutes(5));

        HelpAvailability fr = handoff.availability(kiosk, Language.FR);

        assertThat(fr).isInstanceOfSatisfying(NobodyNow.class, nobody -> {
            assertThat(nobody.reason()).isEqualTo(NobodyNow.Reason.OUTSIDE_HOURS);
            assertThat(nobody.nextHelp()).isEqualTo(sites.nextStaffed(site, clock.instant()));
            assertThat(nobody.nextHelp()).isPresent();
            assertThat(nobody.otherWays()).isEqualTo("Demandez au comptoir d'accueil.");
            assertThat(nobody.canLeaveRequest()).isFalse();
        });
    }

    @Test
    void every_change_of_presence_is_announced_to_the_screens_that_follow_availability() {
        handoff.openConsole("nadia");
        handoff.serve("nadia", Set.of(local), Set.of(Language.EN));
        int before = changes.size();

        handoff.setStatus("nadia", PresenceStatus.AVAILABLE);

        assertThat(changes).hasSizeGreaterThan(before);
    }

    // ---- Routing and claims ----------------------------------------------------------------------------

    @Test
    void an_agent_who_is_away_full_or_does_not_speak_the_language_is_refused_the_claim_with_a_clear_problem() {
        onDuty("nadia", local, 1, Language.EN);
        long english = ask(Language.EN);
        long french = ask(Language.FR);

        assertRefused(Problem.NOT_OFFERED, () -> handoff.claim(french, "nadia"));
        handoff.claim(english, "nadia");
        long another = ask(Language.EN);
        assertRefused(Problem.AT_CAPACITY, () -> handoff.claim(another, "nadia"));
        handoff.setStatus("nadia", PresenceStatus.BUSY);
        assertRefused(Problem.NOT_AVAILABLE, () -> handoff.claim(another, "nadia"));
        assertRefused(Problem.NOT_AVAILABLE, () -> handoff.claim(another, "never-signed-in"));
        assertThat(handoff.offeredTo("nadia")).isEmpty();
    }

    @Test
    void a_request_is_offered_locally_first_and_to_the_remote_desk_at_the_overflow_threshold() {
        onDuty("nadia", local, 1, Language.EN);
        onDuty("remy", remote, 1, Language.EN);
        handoff.claim(ask(Language.EN), "nadia");
        long waiting = ask(Language.EN);
        handoff.routingTick();

        assertThat(handoff.offeredTo("remy")).isEmpty();
        assertRefused(Problem.NOT_OFFERED, () -> handoff.claim(waiting, "remy"));
        clock.advance(settings.overflowAfter().minusMillis(500));
        alive("nadia", "remy");
        handoff.routingTick();
        int before = changes.size();
        clock.advance(Duration.ofSeconds(1));
        alive("nadia", "remy");
        handoff.routingTick();

        assertThat(changes).as("the tick that passes the threshold tells the consoles").hasSizeGreaterThan(before);
        assertThat(handoff.offeredTo("remy")).extracting(HelpRequestSummary::id).containsExactly(waiting);
        assertThat(handoff.claim(waiting, "remy").agent()).isEqualTo("remy");
    }

    @Test
    void a_web_chat_request_is_offered_to_the_remote_desk_at_once_while_a_kiosk_request_waits_for_the_local_one() {
        onDuty("nadia", local, 1, Language.EN);
        onDuty("remy", remote, 1, Language.EN);
        handoff.claim(ask(Language.EN), "nadia");
        long fromKiosk = ask(Language.EN);
        clock.advance(Duration.ofSeconds(1));
        OnlineHelp.Opened fromWeb = online.open(Channel.WEB, "https://unknown.example", Language.EN,
                HelpReason.ASKED_FOR_PERSON, null, null, List.of(), "198.51.100.7");
        long web = fromWeb.conversation().ticket().id();

        assertThat(handoff.offeredTo("remy")).extracting(HelpRequestSummary::id).containsExactly(web);
        assertThat(handoff.availability(kiosk, Language.EN)).isInstanceOf(HelpAvailability.Busy.class);
        assertThat(online.availability("https://unknown.example", Language.EN))
                .as("nobody can walk over to a web page: the remote helper is offered it at once")
                .isEqualTo(new HelpAvailability.Remote(1));
        HelpRequestSummary seen = handoff.requestOf(web).orElseThrow();
        assertThat(seen.channel()).isEqualTo(Channel.WEB);
        assertThat(seen.kioskId()).isEqualTo(Channel.WEB.marker());
        assertThat(online.siteFor("https://unknown.example")).as("an origin not mapped goes to the default site")
                .isEqualTo(sites.defaultSite().id());
        assertThat(events.stream(HelpRequested.class).filter(e -> e.requestId() == web))
                .singleElement().satisfies(e -> {
                    assertThat(e.channel()).isEqualTo(Channel.WEB);
                    assertThat(e.siteId()).isEqualTo(sites.defaultSite().id());
                });
        assertThat(events.stream(HelpRequested.class).filter(e -> e.requestId() == fromKiosk))
                .singleElement().extracting(HelpRequested::channel).isEqualTo(Channel.KIOSK);

        handoff.claim(web, "remy");
        assertRefused(Problem.NOT_IN_PERSON, () -> handoff.comingOver(web, "remy"));
        handoff.agentSays(web, "remy", "Hello");
        assertThat(online.follow(web, fromWeb.token(), 0).lines()).extracting(OnlineHelp.Line::text)
                .containsExactly("Hello");
    }

    @Test
    void with_nobody_local_on_duty_the_remote_desk_is_offered_the_request_at_once() {
        onDuty("remy", remote, 1, Language.EN);
        long waiting = ask(Language.EN);

        assertThat(handoff.offeredTo("remy")).extracting(HelpRequestSummary::id).containsExactly(waiting);
    }

    @Test
    void an_agent_whose_console_goes_silent_becomes_away_after_the_grace_period_and_their_conversation_is_offered_again() {
        onDuty("nadia", local, 2, Language.EN);
        onDuty("omar", local, 1, Language.EN);
        long older = ask(Language.EN);
        long newer = ask(Language.EN);
        handoff.claim(older, "nadia");
        handoff.agentSays(older, "nadia", "Hello");
        Instant created = handoff.requestOf(older).orElseThrow().createdAt();

        clock.advance(settings.presenceGrace().minusSeconds(5));
        handoff.heartbeat("omar");
        handoff.routingTick();
        assertThat(handoff.presence("nadia").orElseThrow().status()).as("within the grace period")
                .isEqualTo(PresenceStatus.AVAILABLE);
        clock.advance(Duration.ofSeconds(10));
        handoff.heartbeat("omar");
        handoff.routingTick();

        assertThat(handoff.presence("nadia").orElseThrow().status()).isEqualTo(PresenceStatus.AWAY);
        HelpRequestSummary back = handoff.requestOf(older).orElseThrow();
        assertThat(back.status()).isEqualTo(HelpStatus.WAITING);
        assertThat(back.createdAt()).as("its original place").isEqualTo(created);
        assertThat(handoff.offeredTo("omar")).extracting(HelpRequestSummary::id).containsExactly(older, newer);
        assertThat(handoff.conversation(older)).extracting(ChatLine::text).contains("Hello");
        assertThat(heard.about(older)).contains(HandoffUpdate.Kind.RELEASED);
        assertThat(handoff.auditTrail(older)).extracting(AuditEntry::action).contains("RELEASED_AWAY");
    }

    @Test
    void an_agent_removed_while_holding_conversations_hands_them_back_in_their_original_place() {
        onDuty("nadia", local, 2, Language.EN);
        long first = ask(Language.EN);
        long second = ask(Language.EN);
        handoff.claim(first, "nadia");
        handoff.claim(second, "nadia");

        handoff.agentRemoved("nadia");

        assertThat(handoff.presence("nadia").orElseThrow().status()).isEqualTo(PresenceStatus.AWAY);
        assertThat(handoff.ticket(first).orElseThrow().position()).isEqualTo(1);
        assertThat(handoff.ticket(second).orElseThrow().position()).isEqualTo(2);
        assertThat(handoff.auditTrail(first)).extracting(AuditEntry::action).contains("RELEASED_REMOVED");
    }

    @Test
    @WithMockUser(username = "admin-routing", roles = Roles.ADMIN)
    void an_agent_whose_account_is_disabled_hands_their_conversations_back_to_the_queue() {
        String agent = "leaving-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(agent, "Leaving Agent", "a-long-enough-password", Set.of(Roles.AGENT));
        onDuty(agent, local, 1, Language.EN);
        long held = ask(Language.EN);
        handoff.claim(held, agent);

        users.setEnabled(agent, false);

        assertThat(handoff.requestOf(held).orElseThrow().status()).isEqualTo(HelpStatus.WAITING);
        assertThat(handoff.presence(agent).orElseThrow().status()).isEqualTo(PresenceStatus.AWAY);
    }

    @Test
    void going_away_by_hand_hands_back_the_conversations_but_busy_keeps_them() {
        onDuty("nadia", local, 2, Language.EN);
        long first = ask(Language.EN);
        handoff.claim(first, "nadia");

        handoff.setStatus("nadia", PresenceStatus.BUSY);
        assertThat(handoff.requestOf(first).orElseThrow().agent()).isEqualTo("nadia");
        handoff.setStatus("nadia", PresenceStatus.AWAY);

        assertThat(handoff.requestOf(first).orElseThrow().status()).isEqualTo(HelpStatus.WAITING);
        assertThat(handoff.presence("nadia").orElseThrow().holding()).isZero();
    }

    @Test
    void the_estimate_learns_from_recent_conversations() {
        onDuty("nadia", local, 1, Language.EN);
        for (int i = 0; i < 3; i++) {
            long id = ask(Language.EN);
            handoff.claim(id, "nadia");
            clock.advance(Duration.ofMinutes(2));
            handoff.close(id, "nadia", HelpOutcome.RESOLVED);
        }
        handoff.claim(ask(Language.EN), "nadia");

        // one agent, full, a typical conversation of 2 minutes: the first in line waits about half of one
        assertThat(availability()).isEqualTo(new HelpAvailability.Busy(1, Duration.ofMinutes(1)));
        handoff.setCapacity("nadia", 2);
        assertThat(availability()).isEqualTo(new HelpAvailability.OnSite(1));
    }
}
