package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The README's run command, run as written in a fresh shell (no JAVA_HOME, only the system's {@code java} on the
 * PATH, 17 on these machines), serves the kiosk as citizens see it: production mode, no Vaadin development tools.
 * The first run builds the production jar (and on JDK 25 its start-up cache), so the limit is generous. The database is
 * in memory: the project's {@code ./data} gets at most the trained model that recording the start-up cache leaves.
 *
 * <p>It shares nothing with the other browser tests (a process of its own), so it runs beside them.
 */
@Execution(ExecutionMode.CONCURRENT)
class RunCommandIT {

    private static final Duration LIMIT = Duration.ofMinutes(25);

    /** The first line of the first {@code bash} block under "## The two commands". */
    static String readmeRunCommand(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        int section = lines.indexOf("## The two commands");
        assertThat(section).as("README has \"## The two commands\"").isNotNegative();
        int block = lines.subList(section, lines.size()).indexOf("```bash") + section;
        assertThat(block).as("a bash block under it").isGreaterThan(section);
        return lines.get(block + 1).strip();
    }

    @Test
    void the_readmes_run_command_in_a_fresh_shell_serves_the_kiosk_in_production_mode_without_development_tools()
            throws Exception {
        Path project = BuildOutput.projectDirectory();
        String command = readmeRunCommand(project.resolve("README.md"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command + " --server.port=" + port
                + " --spring.datasource.url=jdbc:h2:mem:run-command-it --passerelle.intent.model-directory=")
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(BuildOutput.directory().resolve("run-command-it.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("JAVA_HOME");
        environment.remove("MAVEN_OPTS");
        environment.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        Process process = builder.start();
        try {
            String page = firstPage(process, URI.create("http://localhost:" + port + "/"));
            assertThat(page).contains("<html")
                    .doesNotContain("vaadin-dev-tools", "window.Vaadin.developmentMode", "devToolsConf");
            assertThat(Files.readString(BuildOutput.directory().resolve("run-command-it.log")))
                    .as("a start on the bundled guides and an empty database loads the model the build trained")
                    .contains("Intent model loaded from the jar")
                    .doesNotContain("Intent model trained");
        } finally {
            process.toHandle().descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor();
        }
    }

    private static String firstPage(Process process, URI uri) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(LIMIT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the command stopped; see target/run-command-it.log").isTrue();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notYet) {
                // Still building or starting.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no HTTP 200 on " + uri + " within " + LIMIT + "; see target/run-command-it.log");
    }
}
