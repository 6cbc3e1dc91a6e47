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
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.Headless;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Nothing a kiosk or an agent was told is saved is lost when the server dies without warning: the application
 * runs in a process of its own on a file database with the options of {@code application.properties}, is
 * killed (SIGKILL) as soon as it has committed, and everything is there when the application starts again.
 */
class RestartDurabilityTest {

    private static final long START_SECONDS = 120;

    @TempDir
    Path folder;

    @Test
    void requests_conversations_and_notes_committed_before_a_hard_kill_are_there_after_the_restart()
            throws Exception {
        String database = Headless.fileDatabase(folder.resolve("db"));
        long[] ids = runAndKill(database);
        long waiting = ids[0];
        long live = ids[1];

        try (ConfigurableApplicationContext restarted = Headless.start(database)) {
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
            assertThat(handoff.claim(waiting, "bob").agent()).as("work goes on where it stopped").isEqualTo("bob");
        }
    }

    /** Starts {@link CrashingKiosk}, kills it with SIGKILL once it says it is ready, and returns the ids it printed. */
    private static long[] runAndKill(String database) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), CrashingKiosk.class.getName()));
        command.addAll(Headless.ARGUMENTS);
        command.addAll(List.of(database, "--server.port=0"));
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
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(CrashingKiosk.READY + " ")) {
                    process.destroyForcibly(); // SIGKILL: no shutdown hook, no connection pool closing, no H2 close
                    String[] ids = line.split(" ");
                    return new long[] {Long.parseLong(ids[1]), Long.parseLong(ids[2])};
                }
                if (line != null) {
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
