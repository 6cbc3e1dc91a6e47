package org.passerelle.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.passerelle.Headless;
import org.passerelle.benchmark.HandoffBenchmark.Latencies;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.NewHelpRequest;
import org.passerelle.handoff.Speaker;
import org.passerelle.handoff.TranscriptLine;
import org.passerelle.insights.InsightsRecorded;
import org.passerelle.knowledge.Language;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Fifty kiosks pressing "Get help from a person" in the same instant, on the application's own file database and
 * connection pool (10 connections, 30 s wait): every {@code requestHelp} must succeed, none waiting for the pool.
 * Each burst starts from a gate once all 50 threads are ready; after a warm-up burst it prints, over all measured
 * bursts, the failures (must be 0), {@code requestHelp} latency (p50, p95, max) and how long after a burst the
 * editors' content gaps had recorded every request (they are recorded off the citizens' threads).
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.passerelle.benchmark.HelpBurstBenchmark -Dexec.args="--bursts 10"</pre>
 */
public final class HelpBurstBenchmark {

    private static final int KIOSKS = 50;
    private static final List<TranscriptLine> TRANSCRIPT = List.of(
            new TranscriptLine(Speaker.CITIZEN, "I need to renew my passport, my number is 613-555-0199"),
            new TranscriptLine(Speaker.KIOSK, "Here is the guide: Renew an adult passport"));

    private HelpBurstBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        int i = a.indexOf("--bursts");
        int bursts = i >= 0 && i + 1 < a.size() ? Integer.parseInt(a.get(i + 1)) : 10;
        int o = a.indexOf("--options");
        String options = o >= 0 && o + 1 < a.size() ? a.get(o + 1) : "";
        Path folder = Files.createTempDirectory("help-burst-benchmark");
        try (ConfigurableApplicationContext context = Headless.start(
                Headless.fileDatabase(folder.resolve("db")) + options, "--logging.level.root=warn")) {
            HandoffService handoff = context.getBean(HandoffService.class);
            List<String> kiosks = new ArrayList<>();
            for (int k = 0; k < KIOSKS; k++) {
                kiosks.add("burst-" + k);
                handoff.registerKiosk("burst-" + k, "Kiosk " + k, "Benchmark hall");
            }
            System.out.printf(Locale.ROOT, "%d cores, file database, %d kiosks asking at once, %d bursts%n",
                    Runtime.getRuntime().availableProcessors(), KIOSKS, bursts);
            burst(handoff, kiosks, new Latencies(), new AtomicInteger()); // warm-up, unmeasured
            InsightsRecorded.await(context);

            Latencies latencies = new Latencies();
            AtomicInteger failures = new AtomicInteger();
            Latencies caughtUp = new Latencies();
            for (int b = 0; b < bursts; b++) {
                burst(handoff, kiosks, latencies, failures);
                long end = System.nanoTime();
                InsightsRecorded.await(context);
                caughtUp.add(System.nanoTime() - end);
            }
            System.out.printf(Locale.ROOT, "  requestHelp  %,d requests, %d failed, %s, max %.1f ms%n",
                    latencies.count(), failures.get(), latencies, latencies.max());
            System.out.printf(Locale.ROOT, "  insights     every request recorded after the burst: %s%n", caughtUp);
            System.out.printf(Locale.ROOT, "  database     %.1f MB on disk%n",
                    Files.size(folder.resolve("db.mv.db")) / 1e6);
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    /** One request per kiosk, all released at once; returns when all have answered or failed. */
    private static void burst(HandoffService handoff, List<String> kiosks, Latencies latencies, AtomicInteger failures)
            throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(kiosks.size());
        CountDownLatch ready = new CountDownLatch(kiosks.size());
        CountDownLatch gate = new CountDownLatch(1);
        try {
            for (String kiosk : kiosks) {
                threads.execute(() -> {
                    ready.countDown();
                    try {
                        gate.await();
                        long start = System.nanoTime();
                        handoff.requestHelp(new NewHelpRequest(kiosk, Language.EN, HelpReason.ASKED_FOR_PERSON, null,
                                null, TRANSCRIPT));
                        latencies.add(System.nanoTime() - start);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        System.out.printf(Locale.ROOT, "  failed: %s%n", e);
                    }
                });
            }
            ready.await();
            gate.countDown();
            threads.shutdown();
            if (!threads.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("a burst did not end in 10 minutes");
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
