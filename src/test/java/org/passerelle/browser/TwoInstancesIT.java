package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.Eventually.within;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.passerelle.OnPostgres;
import org.passerelle.content.ContentService;
import org.passerelle.content.Publications;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpOutcome;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.handoff.TestAgents;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.security.Roles;
import org.passerelle.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextConfiguration;

/**
 * Two servers on one PostgreSQL database, as behind a load balancer: this test's application (instance A) and a
 * second application process (instance B) on another port and the same schema. A kiosk browser on B asks for a
 * person; an agent browser on A sees the request, claims it and chats with the citizen, both ways, by push through
 * the database's LISTEN/NOTIFY; a guide published on A is what the kiosk on B finds next; then B is killed, the
 * kiosk's browser goes to A (as the load balancer would send it), lands on the welcome screen, the request it left
 * ends as "citizen left", and the agent on A goes on with the next one.
 */
@ContextConfiguration(initializers = OnPostgres.class)
class TwoInstancesIT extends BrowserTest {

    private static final String AGENT = "two-instances-agent";
    private static final String PASSWORD = "it-two-instances-password-123";
    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    @Autowired
    UserService users;

    @Autowired
    HandoffService handoff;

    @Autowired
    ContentService content;

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    Environment environment;

    private final List<Long> opened = new ArrayList<>();
    private Process instanceB;

    @BeforeAll
    static void needsTheServer() {
        OnPostgres.assumeServer();
    }

    @AfterEach
    void stopInstanceB() throws InterruptedException {
        opened.forEach(handoff::cancel);
        if (instanceB != null && instanceB.isAlive()) {
            instanceB.destroyForcibly();
            instanceB.waitFor();
        }
    }

    @Test
    void a_kiosk_on_one_server_and_an_agent_on_the_other_work_together_and_one_server_dying_leaves_the_other_going()
            throws Exception {
        String b = startInstanceB();
        if (!users.exists(AGENT)) {
            users.create(AGENT, "Agent on instance A", PASSWORD, Set.of(Roles.AGENT));
        }
        TestAgents.onDuty(handoff, AGENT);

        Browser agent = newBrowser(Viewport.LANDSCAPE).open("/agent");
        agent.type("#vaadinLoginUsername", AGENT);
        agent.type("#vaadinLoginPassword", PASSWORD, Keys.ENTER);
        agent.waitForText(".presence-note", "You are available");

        // The kiosk on B: the agent on A is on duty (presence is in the database), so B offers a person.
        Browser kiosk = newBrowserOn(b, Viewport.PORTRAIT_KIOSK).open("/");
        kiosk.click("vaadin-button.language-choice[lang=en]");
        kiosk.click("vaadin-button.help-button");
        kiosk.find(".help-status");
        long request = newestOpenRequest();
        opened.add(request);

        // A hears B's request by push, claims it; B's kiosk hears the claim and the chat, and A hears the citizen.
        Consoles.clickCard(agent, "Asked for a person");
        agent.click("vaadin-button.claim");
        kiosk.waitForText(".help-status", "A staff member has your request");
        agent.type("vaadin-text-area.agent-message", "Hello, I am helping you from the other server.");
        agent.click("vaadin-button.send");
        kiosk.waitForText(".chat-agent", "Hello, I am helping you from the other server.");
        kiosk.type("vaadin-text-field.chat-reply", "Thank you, it is about my passport", Keys.ENTER);
        agent.waitForText(".agent-transcript", "Thank you, it is about my passport");
        kiosk.assertAccessible("help-chat-on-instance-b");

        // A publication on A is served by B: same content revision, and the kiosk on B finds the new guide.
        Publications.Published guide = Publications.publishNewGuide(content, "two-instances");
        long revision = knowledge.current().revision();
        within(Duration.ofMinutes(2), () -> assertThat(info(b)).contains("\"revision\":" + revision));
        Browser secondKiosk = newBrowserOn(b, Viewport.PORTRAIT_KIOSK).open("/");
        secondKiosk.click("vaadin-button.language-choice[lang=en]");
        secondKiosk.type("vaadin-text-field.question", "adopt a " + guide.word(), Keys.ENTER);
        secondKiosk.waitForText(".guide-card", guide.englishTitle());

        // B dies. Its kiosk's browser is sent to A: the welcome screen, and the request it left ends.
        instanceB.destroyForcibly();
        instanceB.waitFor();
        kiosk.moveTo(baseUrl()).open("/");
        kiosk.find("vaadin-button.language-choice[lang=fr]");
        within(Duration.ofMinutes(1), () -> assertThat(handoff.requestOf(request).orElseThrow())
                .satisfies(r -> assertThat(r.status()).isEqualTo(HelpStatus.CLOSED))
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(HelpOutcome.CITIZEN_LEFT)));

        // The agent on A goes on: the same kiosk, now on A, asks again, and the agent takes it.
        kiosk.click("vaadin-button.language-choice[lang=fr]");
        kiosk.click("vaadin-button.help-button");
        kiosk.find(".help-status");
        long again = newestOpenRequest();
        opened.add(again);
        assertThat(again).isNotEqualTo(request);
        Consoles.clickCard(agent, "Asked for a person");
        agent.click("vaadin-button.claim");
        kiosk.waitForText(".help-status", "Un membre du personnel s’occupe de votre demande");
        agent.assertAccessible("agent-console-after-instance-b-died");
    }

    private long newestOpenRequest() {
        return handoff.openRequests().stream().max(Comparator.comparingLong(HelpRequestSummary::id)).orElseThrow().id();
    }

    /** Starts instance B on this test's schema and a port of its own; returns its address once it serves. */
    private String startInstanceB() throws IOException, InterruptedException {
        String schema = environment.getRequiredProperty("spring.flyway.schemas");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.passerelle.Application", "--server.port=" + port, "--vaadin.devmode.devTools.enabled=false"));
        command.addAll(OnPostgres.arguments(schema));
        instanceB = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(BuildOutput.directory().resolve("two-instances-b.log").toFile()).start();
        String address = "http://localhost:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (true) {
            assertThat(instanceB.isAlive()).as("instance B running (see target/two-instances-b.log)").isTrue();
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(address + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return address;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertThat(Instant.now()).as("instance B up within %s", START_LIMIT).isBefore(deadline);
            instanceB.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS); // returns early if it dies
        }
    }

    private static String info(String address) throws IOException, InterruptedException {
        // The scraper's token of the test configuration (src/test/resources/config), which instance B reads too.
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address + "/actuator/info"))
                .header("Authorization", "Bearer test-scrape-token").build(), HttpResponse.BodyHandlers.ofString())
                .body().replace(" ", "");
    }
}
