package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.handoff.Channel;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.TestAgents;
import org.passerelle.security.Roles;
import org.passerelle.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The web chat on another site's page: the repository's demo page, served from another local port (another origin,
 * allowed in the test configuration), with its one tag pointing at the application. The citizen asks, gets a guide
 * card, is not understood, asks for a person; an agent signed in to the console sees a web chat request, claims it and
 * answers; the citizen reads it and replies; clearing the conversation ends the request. The page with the chat open
 * has no axe violation, at full size and on a phone-sized screen.
 */
class WebChatIT extends BrowserTest {

    /** The demo page's origin: fixed, since the API's allowed origins are read at start-up (test configuration). */
    static final int DEMO_PORT = 18765;

    private static final String AGENT = "webchat-agent";
    private static final String PASSWORD = "it-agent-password-123";
    private static final Viewport PHONE = new Viewport("phone", 360, 640);
    private static final Viewport LAPTOP_ZOOM_200 = new Viewport("laptop-zoom-200", 683, 384);

    @Autowired
    UserService users;

    @Autowired
    HandoffService handoff;

    private HttpServer demo;

    @BeforeEach
    void serveTheDemoPageFromAnotherOrigin() throws IOException {
        String page = Files.readString(Path.of("docs/webchat-demo/index.html"))
                .replace("http://localhost:8080/", baseUrl() + "/");
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        demo = HttpServer.create(new InetSocketAddress("localhost", DEMO_PORT), 0);
        demo.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        demo.start();
    }

    @AfterEach
    void stopTheDemo() {
        demo.stop(0);
    }

    private Browser citizen(Viewport viewport) {
        Browser citizen = newBrowserOn("http://localhost:" + DEMO_PORT, viewport);
        citizen.driver().get("http://localhost:" + DEMO_PORT + "/");
        citizen.find(".pc-launcher");
        return citizen;
    }

    // The demo page has no Vaadin: Browser's click, type and press would wait for it. These act on the page directly,
    // and what follows waits for its own condition (waitForText, find).

    private static void ask(Browser citizen, String question) {
        citizen.find("#pc-input").sendKeys(question, Keys.ENTER);
    }

    private static void tap(Browser citizen, String css) {
        WebElement element = citizen.find(css);
        new WebDriverWait(citizen.driver(), Browser.TIMEOUT).until(ExpectedConditions.elementToBeClickable(element))
                .click();
    }

    /** Counts the chat's calls to the server under way ({@code window.pcTestCalls}), from before its first one. */
    private static void countCalls(Browser citizen) {
        citizen.script("""
                window.pcTestCalls = 0;
                const fetched = window.fetch;
                window.fetch = function () {
                  const answer = fetched.apply(this, arguments);
                  window.pcTestCalls++;
                  answer.finally(() => window.pcTestCalls--).catch(() => {});
                  return answer;
                };""");
    }

    /**
     * From now on the chat reads an answer from an address containing {@code address} only when
     * {@link #releaseHeldAnswers} lets it: as on a slow network, where an answer may arrive after the citizen has
     * moved on.
     */
    private static void holdAnswers(Browser citizen, String address) {
        citizen.script("""
                window.pcTestHeld = [];
                window.pcTestRead = 0;
                window.pcTestHold = arguments[0];
                if (!window.pcTestJson) {
                  window.pcTestJson = Response.prototype.json;
                  Response.prototype.json = function () {
                    const read = () => window.pcTestJson.call(this);
                    if (!this.url.includes(window.pcTestHold)) {
                      return read();
                    }
                    return new Promise(resolve => window.pcTestHeld.push(
                        () => resolve(read().finally(() => window.pcTestRead++))));
                  };
                }""", address);
    }

    /**
     * Waits until every call under way has been answered (and the answer held), lets the chat read the answers, and
     * waits until it has: its own handlers then ran before the next script of the test.
     */
    private static void releaseHeldAnswers(Browser citizen) {
        new WebDriverWait(citizen.driver(), Browser.TIMEOUT).until(d -> Boolean.TRUE.equals(citizen.script(
                "return window.pcTestCalls === 0;")));
        citizen.script("window.pcTestHeld.forEach(release => release());");
        new WebDriverWait(citizen.driver(), Browser.TIMEOUT).until(d -> Boolean.TRUE.equals(citizen.script(
                "return window.pcTestRead === window.pcTestHeld.length;")));
    }

    @Test
    void a_citizen_on_a_library_page_chats_gets_a_guide_asks_for_a_person_and_an_agent_answers_live() {
        if (!users.exists(AGENT)) {
            users.create(AGENT, "Agent for the web chat test", PASSWORD, Set.of(Roles.AGENT));
        }
        TestAgents.onDuty(handoff, AGENT);
        Browser citizen = citizen(Viewport.LANDSCAPE);
        countCalls(citizen);

        tap(citizen, ".pc-launcher");
        assertThat(citizen.find(".pc-dialog").getAttribute("aria-modal")).isEqualTo("true");
        assertThat(citizen.focusedIsIn(".pc-dialog")).as("focus moved into the dialog").isTrue();
        ask(citizen, "How do I renew my passport?");
        citizen.waitForText(".pc-card .pc-guide-title", "passport");
        tap(citizen, ".pc-card .pc-toggle");
        citizen.waitForText(".pc-card .pc-steps", "Step 1 of");
        citizen.assertAccessible("webchat-guide");
        citizen.screenshot("webchat-guide");

        ask(citizen, "zxqv blorptang wibble");
        citizen.waitForText(".pc-answer", "did not understand");
        ask(citizen, "qwrt plovx zzzk");
        citizen.waitForText(".pc-answer", "still do not understand");
        assertThat(citizen.findAll(".pc-answer").getLast().findElement(By.cssSelector(".pc-choices > *")).getText())
                .as("after two in a row, a person is offered first").isEqualTo("Talk to a person");
        tap(citizen, ".pc-actions .pc-talk");
        citizen.waitForText(".pc-status", "We told the staff you need help");

        Browser agent = newBrowser(Viewport.LANDSCAPE).open("/agent");
        agent.type("#vaadinLoginUsername", AGENT);
        agent.type("#vaadinLoginPassword", PASSWORD, Keys.ENTER);
        agent.waitForText("h1", "Help requests");
        Consoles.clickCard(agent, "Web chat");
        agent.click("vaadin-button.claim");
        agent.waitForText(".not-in-person", "nobody can walk over");
        assertThat(agent.findAll("vaadin-button.coming-over").stream().noneMatch(b -> b.isDisplayed()))
                .as("no 'coming over' for a web page").isTrue();
        citizen.waitForText(".pc-status", "A staff member has your request");
        assertThat(citizen.find(".pc-actions .pc-talk").isDisplayed()).as("a person is already asked").isFalse();

        agent.type("vaadin-text-area.agent-message", "Hello, I can help. <b>not bold</b>");
        agent.click("vaadin-button.send");
        citizen.waitForText(".pc-staff .pc-text", "Hello, I can help. <b>not bold</b>");
        assertThat(citizen.findAll(".pc-staff b")).as("staff text shown as text").isEmpty();

        ask(citizen, "Thank you, it is for my daughter");
        agent.waitForText(".agent-transcript", "Thank you, it is for my daughter");
        citizen.assertAccessible("webchat-live");
        citizen.screenshot("webchat-live");

        // The citizen writes once more and clears before the chat has read the server's answers.
        holdAnswers(citizen, "/api/v1/");
        ask(citizen, "She is sixteen");
        agent.waitForText(".agent-transcript", "She is sixteen");
        tap(citizen, ".pc-clear");
        citizen.waitForText(".pc-status", "The conversation is cleared");
        assertThat(citizen.findAll(".pc-entry")).isEmpty();
        assertThat(citizen.find(".pc-actions .pc-talk").isDisplayed()).as("a new conversation may ask again").isTrue();
        assertThat(citizen.script("return sessionStorage.length;")).isEqualTo(0L);
        new WebDriverWait(agent.driver(), Browser.TIMEOUT).until(d -> handoff.openRequests().stream()
                .noneMatch(r -> r.channel() == Channel.WEB));
        // What the server answered meanwhile (the citizen's last message sent, the long poll the clearing woke:
        // "the request ended") belongs to the cleared conversation: read only now, it must neither show nor be stored.
        releaseHeldAnswers(citizen);
        assertThat(citizen.findAll(".pc-entry")).as("nothing of the cleared conversation comes back").isEmpty();
        assertThat(citizen.script("return sessionStorage.length;")).as("nor is it stored again").isEqualTo(0L);

        // "Talk to a person", then "Clear conversation" before the chat has read the new request's answer: the
        // request it made is ended all the same, not left for an agent to take in vain.
        holdAnswers(citizen, "/help-requests?");
        tap(citizen, ".pc-actions .pc-talk");
        new WebDriverWait(citizen.driver(), Browser.TIMEOUT).until(d -> Boolean.TRUE.equals(citizen.script(
                "return window.pcTestHeld.length === 1;")));
        assertThat(handoff.openRequests()).as("the request was made").anyMatch(r -> r.channel() == Channel.WEB);
        tap(citizen, ".pc-clear");
        releaseHeldAnswers(citizen);
        new WebDriverWait(agent.driver(), Browser.TIMEOUT).until(d -> handoff.openRequests().stream()
                .noneMatch(r -> r.channel() == Channel.WEB));
        assertThat(citizen.findAll(".pc-entry")).isEmpty();
        assertThat(citizen.script("return sessionStorage.length;")).isEqualTo(0L);

        new Actions(citizen.driver()).sendKeys(Keys.ESCAPE).perform();
        assertThat(citizen.find(".pc-dialog").isDisplayed()).isFalse();
        assertThat(citizen.focusedIsIn(".pc-launcher")).as("focus back on the launcher").isTrue();
    }

    @Test
    void on_a_phone_the_chat_fills_the_screen_and_has_no_axe_violation() {
        Browser citizen = citizen(PHONE);
        tap(citizen, ".pc-launcher");
        ask(citizen, "passport");
        citizen.find(".pc-bot");
        // the whole width the page has (the viewport less the page's scroll bar)
        Object widths = ((JavascriptExecutor) citizen.driver()).executeScript("""
                return [Math.round(document.querySelector('.pc-dialog').getBoundingClientRect().width),
                        document.documentElement.clientWidth];""");
        assertThat(((java.util.List<?>) widths).get(0)).isEqualTo(((java.util.List<?>) widths).get(1));
        tap(citizen, ".pc-lang");
        citizen.waitForText(".pc-title", "Posez une question");
        citizen.assertAccessible("webchat-phone-fr");
        citizen.screenshot("webchat-phone-fr");
        assertThat(citizen.driver().findElements(By.cssSelector(".pc-dialog[role=dialog][aria-labelledby]"))).hasSize(1);
    }

    @Test
    void at_200_percent_zoom_on_a_laptop_the_question_box_send_and_close_stay_on_screen_and_nothing_scrolls_sideways() {
        // A 1366×768 laptop screen at 200 %: half as many CSS pixels each way, and very little height.
        Browser citizen = citizen(LAPTOP_ZOOM_200);
        tap(citizen, ".pc-launcher");
        ask(citizen, "How do I renew my passport?");
        citizen.waitForText(".pc-card .pc-guide-title", "passport");
        tap(citizen, ".pc-card .pc-toggle");
        citizen.waitForText(".pc-card .pc-steps", "Step 1 of");
        for (String control : List.of(".pc-input", ".pc-send", ".pc-close", ".pc-clear")) {
            Object inside = ((JavascriptExecutor) citizen.driver()).executeScript("""
                    const r = document.querySelector(arguments[0]).getBoundingClientRect();
                    return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight
                        && r.right <= document.documentElement.clientWidth;""", control);
            assertThat(inside).as(control + " on screen").isEqualTo(true);
        }
        Object sideways = ((JavascriptExecutor) citizen.driver()).executeScript("""
                const d = document.querySelector('.pc-dialog');
                return d.scrollWidth > d.clientWidth;""");
        assertThat(sideways).as("the dialog's content wraps instead of scrolling sideways").isEqualTo(false);
        citizen.assertAccessible("webchat-zoom-200");
        citizen.screenshot("webchat-zoom-200");
    }

    @Test
    void the_chat_s_files_are_cached_for_an_hour_and_loadable_from_any_site() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String file : List.of("passerelle-chat.js", "passerelle-chat.css")) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create(baseUrl() + "/webchat/" + file)).header("Origin", "https://elsewhere.example").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(file).hasValue("max-age=3600, public");
            assertThat(response.headers().firstValue("Cross-Origin-Resource-Policy")).as(file).hasValue("cross-origin");
            assertThat(response.headers().allValues("Set-Cookie")).as(file + ": no cookie").isEmpty();
        }
    }

    @Test
    void a_long_poll_works_through_the_real_server_s_filters_and_answers_when_the_agent_writes() throws Exception {
        TestAgents.onDuty(handoff, AGENT);
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/help-requests"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"lang\":\"en\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        String token = JsonPath.read(created.body(), "$.token");
        long cursor = ((Number) JsonPath.read(created.body(), "$.cursor")).longValue();
        HttpRequest next = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/help-requests/" + id
                + "/next?wait=20&after=" + cursor)).header("Authorization", "Bearer " + token).build();

        handoff.claim(id, AGENT);
        var answer = client.sendAsync(next, HttpResponse.BodyHandlers.ofString());
        handoff.agentSays(id, AGENT, "Right here");
        HttpResponse<String> response = answer.get(15, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Right here");
        handoff.close(id, AGENT, org.passerelle.handoff.HelpOutcome.RESOLVED);
    }
}
