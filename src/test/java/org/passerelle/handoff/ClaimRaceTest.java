package org.passerelle.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.handoff.HandoffException.Problem;
import org.passerelle.handoff.HandoffUpdate.Kind;

/**
 * Many kiosks and agents at once, on the real database: every request is taken by exactly one agent, nobody
 * waits forever, and whoever loses a race is told why in a {@link Problem}, never with a raw exception.
 */
class ClaimRaceTest extends HandoffSpringTest {

    private static final int KIOSKS = 50;
    private static final int AGENTS = 10;
    private static final int ROUNDS = 50;
    /** Far beyond what a round takes on a loaded 2-core machine; reaching it means a deadlock. */
    private static final long DEADLINE_SECONDS = 60;

    private FeedRecorder heard;
    private final ExecutorService pair = Executors.newFixedThreadPool(2);

    @BeforeEach
    void listen() {
        heard = new FeedRecorder(feed, update -> true);
    }

    @AfterEach
    void stop() {
        heard.stop();
        pair.shutdownNow();
    }

    private long audited(long id, String action) {
        return handoff.auditTrail(id).stream().filter(entry -> entry.action().equals(action)).count();
    }

    // ---- Fifty kiosks, ten agents -------------------------------------------------------------------

    @Test
    void fifty_kiosks_ask_at_once_while_ten_agents_race_and_every_request_is_claimed_exactly_once()
            throws InterruptedException {
        Set<String> kiosks = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < KIOSKS; i++) {
            kiosks.add(TestKiosks.register(handoff));
        }
        Queue<Long> created = new ConcurrentLinkedQueue<>();
        Map<Long, String> winners = new ConcurrentHashMap<>();
        Queue<String> claimedTwice = new ConcurrentLinkedQueue<>();
        Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger lost = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService everyone = Executors.newFixedThreadPool(KIOSKS + AGENTS);
        try {
            for (String kiosk : kiosks) {
                everyone.execute(() -> reporting(unexpected, () -> {
                    start.await();
                    created.add(TestKiosks.ask(handoff, kiosk));
                }));
            }
            for (int a = 0; a < AGENTS; a++) {
                String agent = "agent-" + a;
                everyone.execute(() -> reporting(unexpected, () -> {
                    start.await();
                    while (winners.size() < KIOSKS && unexpected.isEmpty()) {
                        // Like the console: the queue, oldest first, and a click on the first one still there.
                        List<Long> waiting = handoff.openRequests().stream()
                                .filter(request -> kiosks.contains(request.kioskId()))
                                .filter(request -> request.status() == HelpStatus.WAITING)
                                .map(HelpRequestSummary::id).toList();
                        for (long id : waiting) {
                            try {
                                HelpRequestSummary won = handoff.claim(id, agent);
                                assertThat(won.agent()).isEqualTo(agent);
                                String before = winners.putIfAbsent(id, agent);
                                if (before != null) {
                                    claimedTwice.add(id + " by " + before + " and " + agent);
                                }
                            } catch (HandoffException e) {
                                if (e.problem() != Problem.ALREADY_CLAIMED) {
                                    throw e;
                                }
                                lost.incrementAndGet();
                            }
                        }
                        if (waiting.isEmpty()) {
                            Thread.sleep(1);
                        }
                    }
                }));
            }
            start.countDown();
            everyone.shutdown();
            if (!everyone.awaitTermination(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
                fail("deadlock: after %d s, %d requests created and %d claimed", DEADLINE_SECONDS, created.size(),
                        winners.size());
            }
        } finally {
            everyone.shutdownNow();
        }

        assertThat(unexpected).as("only ALREADY_CLAIMED may be thrown").isEmpty();
        assertThat(claimedTwice).isEmpty();
        assertThat(created).hasSize(KIOSKS).doesNotHaveDuplicates();
        assertThat(winners.keySet()).containsExactlyInAnyOrderElementsOf(created);
        for (long id : created) {
            HelpRequestSummary stored = handoff.requestOf(id).orElseThrow();
            assertThat(stored.status()).isEqualTo(HelpStatus.CLAIMED);
            assertThat(stored.agent()).as("request %d", id).isEqualTo(winners.get(id));
            assertThat(handoff.auditTrail(id)).filteredOn(entry -> entry.action().equals("CLAIMED"))
                    .extracting(AuditEntry::actor).as("request %d", id).containsExactly(winners.get(id));
            assertThat(heard.times(id, Kind.CLAIMED)).as("request %d", id).isEqualTo(1);
        }
        System.out.printf("ClaimRaceTest: %d requests, %d claims lost to another agent%n", KIOSKS, lost.get());
    }

    // ---- Two at the same instant ----------------------------------------------------------------------

    @Test
    void two_agents_claiming_the_same_request_at_the_same_instant_one_wins_and_the_other_is_told() throws Exception {
        rounds("claim/claim", ROUNDS, (kiosk, round) -> {
            long id = TestKiosks.ask(handoff, kiosk);

            Race race = race(() -> handoff.claim(id, "alice"), () -> handoff.claim(id, "bob"));

            assertThat(race.loser().problem()).as("round %d: %s", round, race).isEqualTo(Problem.ALREADY_CLAIMED);
            String winner = race.first().won() ? "alice" : "bob";
            assertThat(handoff.requestOf(id).orElseThrow().agent()).isEqualTo(winner);
            assertThat(audited(id, "CLAIMED")).isEqualTo(1);
            assertThat(heard.times(id, Kind.CLAIMED)).isEqualTo(1);
            return winner + " won";
        });
    }

    @Test
    void closing_in_one_tab_while_releasing_in_another_one_wins_and_the_other_is_told_why() throws Exception {
        rounds("close/release", ROUNDS, (kiosk, round) -> {
            long id = TestKiosks.ask(handoff, kiosk);
            handoff.claim(id, "alice");
            handoff.agentSays(id, "alice", "Hello");

            Race race = race(() -> handoff.close(id, "alice", HelpOutcome.RESOLVED), () -> handoff.release(id, "alice"));

            Problem told = race.loser().problem();
            assertThat(told).as("round %d: %s", round, race).isIn(Problem.CLOSED, Problem.NOT_YOURS, Problem.CONFLICT);
            boolean closed = race.first().won();
            assertThat(handoff.requestOf(id).orElseThrow().status())
                    .isEqualTo(closed ? HelpStatus.CLOSED : HelpStatus.WAITING);
            assertThat(audited(id, "CLOSED") + audited(id, "RELEASED")).as("only the winner is audited").isEqualTo(1);
            assertThat(heard.times(id, Kind.CLOSED) + heard.times(id, Kind.RELEASED)).as("only the winner is heard")
                    .isEqualTo(1);
            return (closed ? "close won, release told " : "release won, close told ") + told;
        });
    }

    @Test
    void a_citizen_who_cancels_while_an_agent_claims_always_cancels_and_the_agent_is_told_why() throws Exception {
        rounds("cancel/claim", ROUNDS, (kiosk, round) -> {
            long id = TestKiosks.ask(handoff, kiosk);

            Race race = race(() -> handoff.cancel(id), () -> handoff.claim(id, "alice"));

            assertThat(race.first().value()).as("round %d: the request was open, so it is cancelled: %s", round, race)
                    .isEqualTo(true);
            Outcome claim = race.second();
            if (!claim.won()) {
                assertThat(claim.problem()).as("round %d: the agent is told it has ended, not that a colleague took it",
                        round).isEqualTo(Problem.CLOSED);
            }
            assertThat(handoff.requestOf(id).orElseThrow().status()).isEqualTo(HelpStatus.CANCELLED);
            assertThat(audited(id, "CANCELLED")).isEqualTo(1);
            return claim.won() ? "claimed, then cancelled" : "claim told " + claim.problem();
        });
    }

    @Test
    void expiry_running_while_an_agent_claims_a_late_request_leaves_one_outcome_and_expires_the_others()
            throws Exception {
        rounds("expiry/claim", ROUNDS / 2, (kiosk, round) -> {
            long late = TestKiosks.ask(handoff, kiosk);
            long forgotten = TestKiosks.ask(handoff, kiosk);
            clock.advance(settings.expireAfter().plus(Duration.ofMinutes(1)));

            Race race = race(() -> handoff.expireStale(), () -> handoff.claim(late, "alice"));

            assertThat(race.first().failure()).as("round %d: the expiry never fails", round).isNull();
            assertThat(handoff.requestOf(forgotten).orElseThrow().status()).isEqualTo(HelpStatus.EXPIRED);
            Outcome claim = race.second();
            assertThat(handoff.requestOf(late).orElseThrow().status())
                    .isEqualTo(claim.won() ? HelpStatus.CLAIMED : HelpStatus.EXPIRED);
            if (!claim.won()) {
                assertThat(claim.problem()).as("round %d: %s", round, race).isEqualTo(Problem.CLOSED);
            }
            return claim.won() ? "claim won" : "expiry won, claim told " + claim.problem();
        });
    }

    // ---- Helpers --------------------------------------------------------------------------------------

    /** What one side of a race did: a value, or the exception it threw. */
    record Outcome(@Nullable Object value, @Nullable Throwable failure) {

        boolean won() {
            return failure == null;
        }

        /** The problem the loser was told; fails the test when it was anything but a {@link HandoffException}. */
        @Nullable Problem problem() {
            if (failure == null) {
                return null;
            }
            if (failure instanceof HandoffException e) {
                return e.problem();
            }
            throw new AssertionError("a raw exception instead of a problem the agent can be told", failure);
        }
    }

    /** What both sides of a race did. */
    record Race(Outcome first, Outcome second) {

        long winners() {
            return (first.won() ? 1 : 0) + (second.won() ? 1 : 0);
        }

        /** The side that lost, when exactly one did. */
        Outcome loser() {
            assertThat(winners()).as("one winner: %s", this).isEqualTo(1);
            return first.won() ? second : first;
        }
    }

    /** Runs both actions at the same instant (each waits until the other is ready) and returns what each did. */
    private Race race(Callable<?> first, Callable<?> second) throws InterruptedException {
        CyclicBarrier gate = new CyclicBarrier(2);
        List<Callable<Outcome>> sides = new ArrayList<>();
        for (Callable<?> action : List.of(first, second)) {
            sides.add(() -> {
                gate.await();
                try {
                    return new Outcome(action.call(), null);
                } catch (Exception e) {
                    return new Outcome(null, e);
                }
            });
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> side : pair.invokeAll(sides, DEADLINE_SECONDS, TimeUnit.SECONDS)) {
            try {
                outcomes.add(side.get());
            } catch (ExecutionException | CancellationException e) {
                fail("deadlock: a side of the race did not finish in %d s", DEADLINE_SECONDS);
            }
        }
        return new Race(outcomes.get(0), outcomes.get(1));
    }

    /** One round of a race, on the kiosk given; returns how the round ended, for the summary. */
    @FunctionalInterface
    private interface Round {
        String play(String kiosk, int round) throws Exception;
    }

    /** Plays the rounds on a kiosk of their own and prints how often each ending was seen. */
    private void rounds(String name, int count, Round round) throws Exception {
        String kiosk = TestKiosks.register(handoff);
        Map<String, Integer> seen = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            seen.merge(round.play(kiosk, i), 1, Integer::sum);
        }
        System.out.printf("ClaimRaceTest %s: %s%n", name, seen);
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static void reporting(Queue<Throwable> unexpected, Step step) {
        try {
            step.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | AssertionError e) {
            unexpected.add(e);
        }
    }
}
