package org.passerelle.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.Eventually;
import org.passerelle.Headless;
import org.passerelle.OnPostgres;
import org.passerelle.handoff.CrashingKiosk.Saved;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.SampleKnowledgeBase;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Nothing a kiosk or an agent was told is saved is lost when the server dies without warning, on either database:
 * the application runs in a process of its own on a file database with the options of {@code application.properties}
 * (H2) or on a schema of its own on the PostgreSQL server, is
 * killed (SIGKILL) while {@value CrashingKiosk#KIOSKS} kiosks and {@value CrashingKiosk#AGENTS} agents are writing,
 * and every write whose call had returned is there when the application starts again; and the restarted
 * application hands out no id twice (H2 used to restart an identity below rows already stored: see
 * {@link IdentityAfterCrashTest}).
 */
class RestartDurabilityTest {

    /** Generous: the child starts a whole application (and trains a classifier), a minute or more on a busy machine. */
    private static final long START_SECONDS = 600;

    /**
     * Both starts read the two-guide sample, not the bundled guides: what is tested is help requests, and the child,
     * a JVM of its own, would otherwise train the classifier on the bundled guides (minutes of CPU under load).
     */
    private static final String KNOWLEDGE_BASE = "--passerelle.knowledge-base.path="
            + SampleKnowledgeBase.writeTemporary();

    @TempDir
    Path folder;

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void requests_conversations_and_notes_committed_before_a_hard_kill_are_there_after_the_restart(String vendor)
            throws Exception {
        List<String> database = new ArrayList<>();
        if (vendor.equals("H2")) {
            database.add(Headless.fileDatabase(folder.resolve("db")));
        } else {
            OnPostgres.assumeServer();
            database.addAll(OnPostgres.arguments(OnPostgres.freshSchema()));
        }
        Crash crash = runAndKill(database);
        long waiting = crash.waiting();
        long live = crash.live();

        List<String> restart = new ArrayList<>(database);
        restart.add(KNOWLEDGE_BASE);
        try (ConfigurableApplicationContext restarted = Headless.start(restart.toArray(String[]::new))) {
            HandoffService handoff = restarted.getBean(HandoffService.class);

            assertThat(handoff.kiosk(CrashingKiosk.KIOSK)).isPresent();
            assertThat(handoff.requestOf(waiting)).as("the waiting request").isPresent();
            assertThat(handoff.requestOf(live)).as("the live request").isPresent();
            assertThat(handoff.requestOf(waiting).orElseThrow().status()).isEqualTo(HelpStatus.WAITING);
            assertThat(handoff.ticket(waiting).orElseThrow().position()).isEqualTo(1);
            assertThat(handoff.transcript(waiting)).extracting(TranscriptLine::text).containsExactly(CrashingKiosk.QUESTION);

            HelpRequestSummary request = handoff.requestOf(live).orElseThrow();
            assertThat(request.status()).isEqualTo(HelpStatus.LIVE);
            assertThat(request.agent()).isEqualTo("alice");
            List<String> conversation = new ArrayList<>(List.of(CrashingKiosk.QUESTION));
            conversation.addAll(CrashingKiosk.CHAT);
            assertThat(handoff.conversation(live)).extracting(ChatLine::text).containsExactlyElementsOf(conversation);
            assertThat(handoff.notes(live)).extracting(Note::text).containsExactly(CrashingKiosk.NOTE);
            assertThat(handoff.auditTrail(live)).extracting(AuditEntry::action).containsExactly("REQUESTED", "CLAIMED",
                    "AGENT_MESSAGE", "CITIZEN_MESSAGE", "AGENT_MESSAGE", "NOTE");
            TestAgents.onDuty(handoff, "bob");
            assertThat(handoff.claim(waiting, "bob").agent()).as("work goes on where it stopped").isEqualTo("bob");

            assertThat(crash.acknowledged()).as("writes acknowledged before the kill")
                    .hasSizeGreaterThanOrEqualTo(CrashingKiosk.ACKS_BEFORE_READY);
            assertThat(lost(handoff, crash.acknowledged())).as("acknowledged writes missing after the restart").isEmpty();
            everyKioskAsksAndIsClaimedAgain(handoff);
        }
    }

    /** One acknowledged write: what was saved, on which request, with which text (or agent, for a claim). */
    record Ack(Saved what, long requestId, String detail) {

        static Ack parse(String line) {
            String[] parts = line.split(" ", 4);
            return new Ack(Saved.valueOf(parts[1]), Long.parseLong(parts[2]), parts[3]);
        }
    }

    record Crash(long waiting, long live, List<Ack> acknowledged) {
    }

    private static List<Ack> lost(HandoffService handoff, List<Ack> acknowledged) {
        List<Ack> lost = new ArrayList<>();
        for (Ack ack : acknowledged) {
            boolean there = switch (ack.what()) {
                case REQUEST -> handoff.transcript(ack.requestId()).stream().findFirst()
                        .map(line -> line.text().equals(ack.detail())).orElse(false);
                case CLAIM -> handoff.requestOf(ack.requestId()).map(r -> ack.detail().equals(r.agent())).orElse(false);
                case MESSAGE -> handoff.conversation(ack.requestId()).stream().anyMatch(l -> l.text().equals(ack.detail()));
                case NOTE -> handoff.notes(ack.requestId()).stream().anyMatch(n -> n.text().equals(ack.detail()));
            };
            if (!there) {
                lost.add(ack);
            }
        }
        return lost;
    }

    /**
     * Every busy kiosk asks again and an agent takes each request, all at once: new help requests, messages and
     * audit lines, none of which may collide with an id stored before the crash.
     */
    private static void everyKioskAsksAndIsClaimedAgain(HandoffService handoff) throws Exception {
        ExecutorService kiosks = Executors.newFixedThreadPool(CrashingKiosk.KIOSKS);
        try {
            List<Future<HelpRequestSummary>> taken = new ArrayList<>();
            for (int k = 0; k < CrashingKiosk.KIOSKS; k++) {
                String kiosk = CrashingKiosk.BUSY_KIOSK + k;
                TestAgents.onDuty(handoff, "carol-" + kiosk);
                taken.add(kiosks.submit(() -> {
                    long id = handoff.requestHelp(new NewHelpRequest(kiosk, Language.EN, HelpReason.ASKED_FOR_PERSON,
                            null, null, List.of(new TranscriptLine(Speaker.CITIZEN, "after the restart")))).id();
                    return handoff.claim(id, "carol-" + kiosk);
                }));
            }
            for (Future<HelpRequestSummary> request : taken) {
                assertThat(outcome(request).agent()).startsWith("carol-");
            }
        } finally {
            kiosks.shutdownNow();
        }
    }

    /**
     * The claimed request, or an assertion error that names every cause of a failure: a run's summary shows only the
     * message of the exception itself ("Unable to commit against JDBC Connection"), the database's reason is at the
     * end of the chain.
     */
    private static HelpRequestSummary outcome(Future<HelpRequestSummary> request) throws Exception {
        try {
            return request.get(Eventually.LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            StringBuilder causes = new StringBuilder();
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                causes.append(causes.isEmpty() ? "" : ", caused by ").append(cause);
            }
            throw new AssertionError("a kiosk's request after the restart failed: " + causes, e.getCause());
        }
    }

    /**
     * Starts {@link CrashingKiosk}, kills it with SIGKILL once it says it is ready (its writers still busy), and
     * returns the ids and the acknowledgements it printed.
     */
    private static Crash runAndKill(List<String> database) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), CrashingKiosk.class.getName()));
        command.addAll(Headless.ARGUMENTS);
        command.addAll(database);
        command.addAll(List.of(KNOWLEDGE_BASE, "--server.port=0"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(output ended: " + e + ")");
            }
        });
        List<String> output = new ArrayList<>();
        List<Ack> acknowledged = new ArrayList<>();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(CrashingKiosk.READY + " ")) {
                    process.destroyForcibly(); // SIGKILL: no shutdown hook, no connection pool closing, no H2 close
                    String[] ids = line.split(" ");
                    return new Crash(Long.parseLong(ids[1]), Long.parseLong(ids[2]), acknowledged);
                }
                if (line != null && line.startsWith(CrashingKiosk.ACK + " ")) {
                    acknowledged.add(Ack.parse(line));
                } else if (line != null) {
                    output.add(line);
                } else if (!process.isAlive() && lines.isEmpty()) {
                    break;
                }
            }
            return fail("the application did not get ready (exit %s):%n%s",
                    process.isAlive() ? "none" : process.exitValue(),
                    String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size())));
        } finally {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the killed process is gone").isTrue();
            reader.join(TimeUnit.SECONDS.toMillis(10));
        }
    }
}
