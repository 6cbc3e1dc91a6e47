package org.passerelle.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.passerelle.Headless;
import org.passerelle.handoff.HandoffException;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpOutcome;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.handoff.NewHelpRequest;
import org.passerelle.handoff.TestAgents;
import org.passerelle.handoff.Speaker;
import org.passerelle.handoff.TranscriptLine;
import org.passerelle.knowledge.Language;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Help requests under load, through {@link HandoffService} on the real database: 50 kiosk threads asking at once,
 * 10 agent threads racing to claim whatever waits (the queue oldest first, as the console shows it, so they
 * collide on purpose). For each queue size it measures, after a warm-up:
 * <ol>
 *   <li>creation: N requests by the kiosks alone, requests per second and {@code requestHelp} latency;</li>
 *   <li>claims: the N waiting requests taken by the agents alone, claims per second and {@code claim} latency
 *       (won and lost), with the {@code openRequests()} the agents read between passes;</li>
 *   <li>end to end: N more requests created while the agents claim, the time until the last is claimed.</li>
 * </ol>
 * Each size runs on a fresh file database with the options of the application's own URL (so each commit is
 * written before it returns), or in memory with {@code --db mem}.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.passerelle.benchmark.HandoffBenchmark -Dexec.args="--requests 500,5000"</pre>
 */
public final class HandoffBenchmark {

    private static final int KIOSKS = 50;
    private static final int AGENTS = 10;
    private static final int WARM_UP = 500;
    /** Requests for the measure without contention: one kiosk, then one agent. */
    private static final int ALONE = 200;
    private static final List<TranscriptLine> TRANSCRIPT = List.of(
            new TranscriptLine(Speaker.CITIZEN, "I need to renew my passport, my number is 613-555-0199"),
            new TranscriptLine(Speaker.KIOSK, "Here is the guide: Renew an adult passport"));

    private final HandoffService handoff;
    private final Set<String> onDuty = ConcurrentHashMap.newKeySet();

    private HandoffBenchmark(HandoffService handoff) {
        this.handoff = handoff;
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        int[] sizes = Arrays.stream(arg(a, "--requests", "500,5000").split(",")).mapToInt(Integer::parseInt).toArray();
        boolean memory = arg(a, "--db", "file").equals("mem");
        System.out.printf(Locale.ROOT, "%d cores, %s database, %d kiosk threads, %d agent threads%n",
                Runtime.getRuntime().availableProcessors(), memory ? "in-memory" : "file", KIOSKS, AGENTS);
        for (int size : sizes) {
            Path folder = Files.createTempDirectory("handoff-benchmark");
            String database = memory ? "--spring.datasource.url=jdbc:h2:mem:handoff-benchmark-" + size
                    : Headless.fileDatabase(folder.resolve("db"));
            try (ConfigurableApplicationContext context = Headless.start(database, "--logging.level.root=warn",
                    "--passerelle.handoff.max-capacity=100000")) {
                HandoffBenchmark benchmark = new HandoffBenchmark(context.getBean(HandoffService.class));
                benchmark.warmUp();
                benchmark.run(size);
            } finally {
                FileSystemUtils.deleteRecursively(folder);
            }
        }
    }

    /** The same work once, unmeasured, so that what follows runs compiled code on warm caches. */
    private void warmUp() throws InterruptedException {
        Set<String> kiosks = create(WARM_UP, KIOSKS).kiosks();
        claimAll(kiosks, AGENTS);
        closeAll(kiosks);
    }

    private void run(int size) throws InterruptedException {
        System.out.printf(Locale.ROOT, "%nN = %,d requests%n", size);
        Created alone = create(ALONE, 1);
        Claimed one = claimAll(alone.kiosks(), 1);
        closeAll(alone.kiosks());
        System.out.printf(Locale.ROOT, "  alone      %,6d by 1 kiosk, then 1 agent: requestHelp %s, claim %s%n", ALONE,
                alone.latencies(), one.won());
        Created created = create(size, KIOSKS);
        System.out.printf(Locale.ROOT, "  create     %,6d in %6.2f s = %,7.0f/s   requestHelp %s%n", size, created.seconds(),
                size / created.seconds(), created.latencies());
        Claimed claimed = claimAll(created.kiosks(), AGENTS);
        System.out.printf(Locale.ROOT, "  claim      %,6d in %6.2f s = %,7.0f/s   claim won %s, lost %s (%,d lost)%n"
                        + "                                               openRequests %s%n",
                claimed.won().count(), claimed.seconds(), claimed.won().count() / claimed.seconds(), claimed.won(),
                claimed.lost(), claimed.lost().count(), claimed.reads());
        closeAll(created.kiosks());

        EndToEnd both = endToEnd(size);
        System.out.printf(Locale.ROOT, "  end to end %,6d created and claimed in %6.2f s   requestHelp %s, claim won %s%n",
                size, both.seconds(), both.asked(), both.claimed().won());
    }

    // ---- The three measures ---------------------------------------------------------------------------

    record Created(Set<String> kiosks, double seconds, Latencies latencies) {
    }

    /** {@code count} requests by new kiosks, one thread each, all at once. */
    private Created create(int count, int kioskThreads) throws InterruptedException {
        Set<String> kiosks = kiosks(kioskThreads);
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        everyone(kiosks.stream().map(kiosk -> (Runnable) () -> ask(kiosk, count / kioskThreads, latencies)).toList());
        return new Created(kiosks, seconds(start), latencies);
    }

    record Claimed(double seconds, Latencies won, Latencies lost, Latencies reads) {
    }

    /** Agents claim every waiting request of {@code kiosks}, oldest first, until none is left. */
    private Claimed claimAll(Set<String> kiosks, int agents) throws InterruptedException {
        Claimed claimed = new Claimed(0, new Latencies(), new Latencies(), new Latencies());
        long start = System.nanoTime();
        everyone(agents(agents, () -> claimWaiting(kiosks, claimed) == 0));
        return new Claimed(seconds(start), claimed.won(), claimed.lost(), claimed.reads());
    }

    record EndToEnd(double seconds, Latencies asked, Claimed claimed) {
    }

    /** {@code count} requests created by the kiosks while the agents claim them: the time until all are taken. */
    private EndToEnd endToEnd(int count) throws InterruptedException {
        Set<String> kiosks = kiosks(KIOSKS);
        Latencies asked = new Latencies();
        Claimed claimed = new Claimed(0, new Latencies(), new Latencies(), new Latencies());
        AtomicInteger taken = new AtomicInteger();
        List<Runnable> work = new ArrayList<>();
        kiosks.forEach(kiosk -> work.add(() -> ask(kiosk, count / KIOSKS, asked)));
        work.addAll(agents(AGENTS, () -> {
            int won = claimWaiting(kiosks, claimed);
            if (taken.addAndGet(won) >= count) {
                return true;
            }
            if (won == 0) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1)); // the queue is empty: look again soon
            }
            return false;
        }));
        long start = System.nanoTime();
        everyone(work);
        return new EndToEnd(seconds(start), asked, claimed);
    }

    // ---- Kiosks and agents ----------------------------------------------------------------------------

    private static final AtomicInteger NEXT_KIOSK = new AtomicInteger();

    private Set<String> kiosks(int count) {
        Set<String> kiosks = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < count; i++) {
            String id = "bench-" + NEXT_KIOSK.incrementAndGet();
            handoff.registerKiosk(id, "Kiosk " + id, "Benchmark hall");
            kiosks.add(id);
        }
        return kiosks;
    }

    private void ask(String kiosk, int times, Latencies latencies) {
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            handoff.requestHelp(new NewHelpRequest(kiosk, Language.EN, HelpReason.ASKED_FOR_PERSON, null, null,
                    TRANSCRIPT));
            latencies.add(System.nanoTime() - start);
        }
    }

    /** One pass of an agent over the queue: reads it, then tries each waiting request in order. */
    private int claimWaiting(Set<String> kiosks, Claimed into) {
        long read = System.nanoTime();
        List<Long> waiting = handoff.openRequests().stream()
                .filter(request -> request.status() == HelpStatus.WAITING && kiosks.contains(request.kioskId()))
                .map(HelpRequestSummary::id).toList();
        into.reads().add(System.nanoTime() - read);
        int won = 0;
        String agent = Thread.currentThread().getName();
        if (onDuty.add(agent)) {
            TestAgents.onDuty(handoff, agent); // only an available agent may take a request (issue 11)
        }
        for (long id : waiting) {
            long start = System.nanoTime();
            try {
                handoff.claim(id, agent);
                into.won().add(System.nanoTime() - start);
                won++;
            } catch (HandoffException e) {
                into.lost().add(System.nanoTime() - start);
            }
        }
        return won;
    }

    /** The agents close what they hold (unmeasured), so that the next measure starts from an empty console. */
    private void closeAll(Set<String> kiosks) throws InterruptedException {
        List<HelpRequestSummary> held = handoff.openRequests().stream()
                .filter(request -> kiosks.contains(request.kioskId()) && request.agent() != null).toList();
        List<Runnable> closers = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            List<HelpRequestSummary> share = held.subList(held.size() * i / AGENTS, held.size() * (i + 1) / AGENTS);
            closers.add(() -> share.forEach(request ->
                    handoff.close(request.id(), String.valueOf(request.agent()), HelpOutcome.RESOLVED)));
        }
        everyone(closers);
    }

    /** Agent loops, each repeating {@code pass} until it says the work is done. */
    private static List<Runnable> agents(int count, BooleanSupplier pass) {
        List<Runnable> agents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            agents.add(() -> {
                while (!pass.getAsBoolean()) {
                    Thread.onSpinWait();
                }
            });
        }
        return agents;
    }

    /** Runs all at once (from a start gate) and waits for all; the first failure ends the benchmark. */
    static void everyone(List<Runnable> work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        CountDownLatch gate = new CountDownLatch(1);
        List<Throwable> failures = new ArrayList<>();
        try {
            for (Runnable runnable : work) {
                pool.execute(() -> {
                    try {
                        gate.await();
                        runnable.run();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                });
            }
            gate.countDown();
            pool.shutdown();
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("not finished after 10 minutes");
            }
        } finally {
            pool.shutdownNow();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a thread failed", failures.getFirst());
        }
    }

    // ---- Figures --------------------------------------------------------------------------------------

    /** Latencies from many threads; percentiles in milliseconds. */
    static final class Latencies {

        private final List<Long> nanos = new ArrayList<>();

        synchronized void add(long elapsed) {
            nanos.add(elapsed);
        }

        synchronized int count() {
            return nanos.size();
        }

        synchronized double max() {
            return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        }

        synchronized double p95() {
            return percentile(0.95);
        }

        private synchronized double percentile(double q) {
            if (nanos.isEmpty()) {
                return 0;
            }
            List<Long> sorted = nanos.stream().sorted(Comparator.naturalOrder()).toList();
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p50 %.1f / p95 %.1f ms", percentile(0.50), percentile(0.95));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String arg(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
