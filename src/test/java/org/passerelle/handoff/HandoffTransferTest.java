package org.passerelle.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.handoff.TestKiosks.assertRefused;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.handoff.HandoffException.Problem;
import org.passerelle.handoff.HandoffUpdate.Kind;
import org.passerelle.knowledge.Language;
import org.passerelle.site.DeskInfo;
import org.passerelle.site.DeskKind;
import org.passerelle.site.SiteService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An agent hands a conversation they hold to a colleague or to the remote team, with a note; and the console's
 * "a staff member is writing" signal. Same database and configuration as {@link HandoffRoutingTest} (one context for
 * both): only the agents of these tests are on duty, at the default site during its staffed hours.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:handoff-routing-test;DB_CLOSE_DELAY=-1")
@Import(MutableClock.Config.class)
class HandoffTransferTest {

    @Autowired
    HandoffService handoff;

    @Autowired
    HandoffFeed feed;

    @Autowired
    SiteService sites;

    @Autowired
    MutableClock clock;

    @Autowired
    TransactionTemplate transactions;

    String kiosk;
    String holder;
    String colleague;
    String remoteAgent;
    FeedRecorder heard;

    @BeforeEach
    void a_local_agent_holds_a_conversation_and_colleagues_are_on_duty() {
        for (AgentPresenceInfo presence : handoff.presences()) {
            handoff.setStatus(presence.agent(), PresenceStatus.AWAY);
        }
        handoff.openRequests().forEach(r -> handoff.cancel(r.id()));
        long site = sites.defaultSite().id();
        Instant staffedFrom = sites.nextStaffed(site, clock.instant()).orElseThrow().toInstant();
        clock.advance(Duration.between(clock.instant(), staffedFrom).plus(Duration.ofHours(1)));
        kiosk = TestKiosks.register(handoff);
        String run = UUID.randomUUID().toString().substring(0, 8);
        holder = "holder-" + run;
        colleague = "colleague-" + run;
        remoteAgent = "remote-" + run;
        onDuty(holder, desk(DeskKind.LOCAL), 2);
        onDuty(colleague, desk(DeskKind.LOCAL), 1);
        onDuty(remoteAgent, desk(DeskKind.REMOTE), 2);
        heard = new FeedRecorder(feed, u -> u.kioskId().equals(kiosk));
    }

    @AfterEach
    void stop() {
        heard.stop();
    }

    private long desk(DeskKind kind) {
        return sites.desksCovering(sites.defaultSite().id()).stream().filter(d -> d.kind() == kind)
                .map(DeskInfo::id).findFirst().orElseThrow();
    }

    private void onDuty(String agent, long desk, int capacity) {
        handoff.openConsole(agent);
        handoff.serve(agent, Set.of(desk), Set.of(Language.EN, Language.FR));
        handoff.setCapacity(agent, capacity);
        handoff.setStatus(agent, PresenceStatus.AVAILABLE);
    }

    private long ask() {
        clock.advance(Duration.ofSeconds(1));
        return handoff.requestHelp(new NewHelpRequest(kiosk, Language.FR, HelpReason.ASKED_FOR_PERSON, null, null,
                List.of())).id();
    }

    private long heldByHolder() {
        long id = ask();
        handoff.claim(id, holder);
        handoff.agentSays(id, holder, "Bonjour !");
        return id;
    }

    @Test
    void a_colleague_takes_the_conversation_as_it_is_and_reads_the_note_first() {
        long id = heldByHolder();

        HelpRequestSummary moved = handoff.transfer(id, holder, TransferTarget.colleague(colleague),
                "Needs the photo step; call 613-555-0199 back");

        assertThat(moved.agent()).isEqualTo(colleague);
        assertThat(moved.status()).isEqualTo(HelpStatus.LIVE);
        assertThat(moved.transferredBy()).isEqualTo(holder);
        assertThat(moved.transferNote()).as("redacted like every note").contains("Needs the photo step")
                .doesNotContain("613-555-0199");
        assertThat(handoff.heldBy(colleague)).extracting(HelpRequestSummary::id).containsExactly(id);
        assertThat(handoff.heldBy(holder)).isEmpty();
        assertThat(handoff.notes(id)).extracting(Note::author).containsExactly(holder);
        assertThat(handoff.conversation(id)).extracting(ChatLine::text).containsExactly("Bonjour !");
        assertRefused(Problem.NOT_YOURS, () -> handoff.agentSays(id, holder, "Encore moi"));
        handoff.agentSays(id, colleague, "Je prends le relais.");
    }

    @Test
    void a_transfer_is_in_the_audit_trail_without_the_note() {
        long id = heldByHolder();

        handoff.transfer(id, holder, TransferTarget.colleague(colleague), "secret words");
        handoff.transfer(id, colleague, TransferTarget.remoteTeam(), "");

        List<AuditEntry> trail = handoff.auditTrail(id);
        assertThat(trail).filteredOn(e -> e.action().equals("TRANSFERRED"))
                .extracting(AuditEntry::actor, AuditEntry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(holder, "agent:" + colleague),
                        org.assertj.core.groups.Tuple.tuple(colleague, "remote"));
        assertThat(trail).noneMatch(e -> String.valueOf(e.detail()).contains("secret"));
    }

    @Test
    void only_the_agent_who_holds_it_may_transfer_it() {
        long id = heldByHolder();
        long waiting = ask();

        assertRefused(Problem.NOT_YOURS, () -> handoff.transfer(id, colleague, TransferTarget.colleague(remoteAgent), ""));
        assertRefused(Problem.NOT_YOURS, () -> handoff.transfer(waiting, holder, TransferTarget.remoteTeam(), ""));
        assertThat(handoff.requestOf(id).orElseThrow().agent()).isEqualTo(holder);
    }

    @Test
    void a_transfer_to_oneself_or_to_a_colleague_who_is_away_busy_full_or_elsewhere_is_refused() {
        long id = heldByHolder();
        assertRefused(Problem.TRANSFER_TO_SELF, () -> handoff.transfer(id, holder, TransferTarget.colleague(holder), ""));

        handoff.setStatus(colleague, PresenceStatus.AWAY);
        assertRefused(Problem.COLLEAGUE_NOT_AVAILABLE,
                () -> handoff.transfer(id, holder, TransferTarget.colleague(colleague), ""));
        handoff.setStatus(colleague, PresenceStatus.BUSY);
        assertRefused(Problem.COLLEAGUE_NOT_AVAILABLE,
                () -> handoff.transfer(id, holder, TransferTarget.colleague(colleague), ""));
        assertRefused(Problem.COLLEAGUE_NOT_AVAILABLE,
                () -> handoff.transfer(id, holder, TransferTarget.colleague("nobody-" + UUID.randomUUID()), ""));

        handoff.setStatus(colleague, PresenceStatus.AVAILABLE);
        handoff.claim(ask(), colleague); // capacity 1: now full
        assertRefused(Problem.COLLEAGUE_AT_CAPACITY,
                () -> handoff.transfer(id, holder, TransferTarget.colleague(colleague), ""));

        String englishOnly = "english-" + UUID.randomUUID();
        handoff.openConsole(englishOnly);
        handoff.serve(englishOnly, Set.of(desk(DeskKind.LOCAL)), Set.of(Language.EN));
        handoff.setStatus(englishOnly, PresenceStatus.AVAILABLE);
        assertRefused(Problem.COLLEAGUE_NOT_SERVING,
                () -> handoff.transfer(id, holder, TransferTarget.colleague(englishOnly), ""));

        assertThat(handoff.requestOf(id).orElseThrow().agent()).isEqualTo(holder);
        assertThat(handoff.auditTrail(id)).noneMatch(e -> e.action().equals("TRANSFERRED"));
    }

    @Test
    void to_the_remote_team_it_waits_again_in_its_original_place_and_the_remote_desk_is_offered_it_at_once() {
        long first = heldByHolder();
        long second = ask();

        HelpRequestSummary back = handoff.transfer(first, holder, TransferTarget.remoteTeam(), "Parle seulement français");

        assertThat(back.status()).isEqualTo(HelpStatus.WAITING);
        assertThat(back.agent()).isNull();
        assertThat(back.toRemote()).isTrue();
        assertThat(handoff.openRequests().stream().filter(r -> r.kioskId().equals(kiosk)).map(HelpRequestSummary::id))
                .containsExactly(first, second);
        assertThat(handoff.ticket(first).orElseThrow().position()).isEqualTo(1);
        // Long before the overflow time, with local agents available: the remote desk is offered it, not the newer one.
        assertThat(handoff.offeredTo(remoteAgent)).extracting(HelpRequestSummary::id).contains(first)
                .doesNotContain(second);
        handoff.claim(first, remoteAgent);
        assertThat(handoff.requestOf(first).orElseThrow().transferNote()).isEqualTo("Parle seulement français");
    }

    @Test
    void the_kiosk_and_the_consoles_hear_of_a_transfer_only_once_it_is_committed() {
        long id = heldByHolder();
        int before = heard.all().size();

        transactions.executeWithoutResult(status -> {
            handoff.transfer(id, holder, TransferTarget.colleague(colleague), "");
            assertThat(heard.after(before)).as("not before the commit").isEmpty();
        });

        assertThat(heard.after(before)).extracting(HandoffUpdate::kind).containsExactly(Kind.TRANSFERRED);
    }

    @Test
    void a_refused_transfer_tells_nobody() {
        long id = heldByHolder();
        int before = heard.all().size();

        assertRefused(Problem.TRANSFER_TO_SELF, () -> handoff.transfer(id, holder, TransferTarget.colleague(holder), ""));

        assertThat(heard.after(before)).isEmpty();
    }

    @Test
    void two_transfers_to_a_colleague_with_room_for_one_leave_exactly_one_with_them() throws Exception {
        long a = heldByHolder();
        long b = heldByHolder();
        CountDownLatch start = new CountDownLatch(1);
        List<Object> results = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = List.of(a, b).stream().<Future<?>>map(id -> pool.submit(() -> {
                start.await();
                try {
                    results.add(handoff.transfer(id, holder, TransferTarget.colleague(colleague), ""));
                } catch (HandoffException e) {
                    results.add(e.problem());
                }
                return null;
            })).toList();
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results).hasSize(2).filteredOn(HelpRequestSummary.class::isInstance).hasSize(1);
        assertThat(results).contains(Problem.COLLEAGUE_AT_CAPACITY);
        assertThat(handoff.heldBy(colleague)).hasSize(1);
        assertThat(handoff.heldBy(holder)).hasSize(1);
    }

    @Test
    void typing_is_signalled_to_the_kiosk_without_a_trace_and_only_by_the_holder() {
        long id = heldByHolder();
        List<StaffTyping> typing = new CopyOnWriteArrayList<>();
        HandoffFeed.Subscription following = feed.subscribeTyping(typing::add);
        int trail = handoff.auditTrail(id).size();
        try {
            handoff.agentTyping(id, holder);
            handoff.agentTyping(id, colleague);
        } finally {
            following.cancel();
        }

        assertThat(typing).singleElement().satisfies(t -> {
            assertThat(t.requestId()).isEqualTo(id);
            assertThat(t.kioskId()).isEqualTo(kiosk);
            assertThat(t.until()).isAfter(clock.instant());
        });
        assertThat(handoff.auditTrail(id)).hasSize(trail);
    }
}
