package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.Eventually.eventually;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.handoff.AgentPresenceInfo;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.handoff.NewHelpRequest;
import org.passerelle.handoff.PresenceStatus;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.passerelle.security.UserService;
import org.passerelle.site.DeskInfo;
import org.passerelle.site.DeskKind;
import org.passerelle.site.SiteService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A network of desks, in three browsers: a kiosk and two agent consoles, one agent on the site's local desk (away at
 * first) and one on the remote desk. The remote agent takes the request nobody local can, chats (the kiosk says "a
 * staff member is writing"), sends a guide, holds a second conversation in another tab, and hands the first back to
 * the local agent once they are available, with a note; the citizen keeps reading the step they were sent while the
 * messages arrive as a banner, and the idle warning during the conversation does not end it.
 *
 * <p>Runs on the {@link ShortIdleServer} (with {@link IdleResetIT}): a two-second idle time, fifteen seconds during
 * help, a twenty-second warning. The kiosk's warning is answered at each checkpoint, as a citizen reading would; the
 * first one is checked to leave the request open and to tell the agent first.
 */
@ShortIdleServer
class NetworkHandoffIT extends BrowserTest {

    private static final String LOCAL = "network-local-agent";
    private static final String REMOTE = "network-remote-agent";
    private static final String PASSWORD = "it-network-password-123";

    @Autowired
    UserService users;

    @Autowired
    HandoffService handoff;

    @Autowired
    SiteService sites;

    private final List<Long> opened = new ArrayList<>();
    private int warningsAnswered;
    private long request;

    @Test
    void a_remote_agent_takes_the_request_and_hands_it_back_to_the_local_agent_while_the_citizen_reads_the_guide() {
        long started = System.nanoTime();
        try {
            run();
        } finally {
            opened.forEach(handoff::cancel);
        }
        System.out.printf("NetworkHandoffIT took %d s; idle warnings answered during the conversation: %d%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), warningsAnswered);
    }

    private void run() {
        // The shared server: nobody else on duty and nothing waiting, so that this test's routing is its own.
        for (AgentPresenceInfo presence : handoff.presences()) {
            handoff.setStatus(presence.agent(), PresenceStatus.AWAY);
        }
        handoff.openRequests().forEach(r -> handoff.cancel(r.id()));
        long site = sites.defaultSite().id();
        onDesk(LOCAL, desk(site, DeskKind.LOCAL), PresenceStatus.AWAY);
        onDesk(REMOTE, desk(site, DeskKind.REMOTE), PresenceStatus.AVAILABLE);

        Browser remote = signIn(REMOTE);
        Browser local = signIn(LOCAL);
        local.waitForText(".presence-note", "You are not available");

        // The citizen asks; nobody local is available (and at night the site is not staffed): the remote desk gets it.
        Browser kiosk = open("/");
        kiosk.clickAnsweringIdleWarning("vaadin-button.language-choice[lang=fr]");
        kiosk.clickAnsweringIdleWarning("vaadin-button.help-button");
        kiosk.find(".help-status");
        request = handoff.openRequests().stream().max(Comparator.comparingLong(HelpRequestSummary::id)).orElseThrow().id();
        opened.add(request);
        Consoles.clickCard(remote, "Asked for a person");
        remote.click("vaadin-button.claim");
        kiosk.waitForText(".help-status", "Un membre du personnel s’occupe de votre demande");

        // While the agent types, the kiosk says so; the message replaces it.
        remote.type("vaadin-text-area.agent-message", "Bonjour, je vous aide à distance.");
        kiosk.waitForText(".staff-typing", "Un membre du personnel vous écrit…");
        remote.click("vaadin-button.send");
        kiosk.waitForText(".chat-agent", "Bonjour, je vous aide à distance.");
        until(kiosk, "the typing line to go when the message came",
                () -> kiosk.find(".staff-typing").getText().isEmpty());
        answerTheWarning(kiosk, remote);

        // A guide, at step 2: it opens on the kiosk, and stays there while messages arrive.
        remote.type("vaadin-combo-box.guide-choice", "passeport");
        remote.press(Keys.ARROW_DOWN);
        remote.press(Keys.ENTER);
        remote.type("vaadin-integer-field.guide-step", Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
        remote.click("vaadin-button.send-guide");
        kiosk.waitForText(".progress-text", "Étape 2 sur");
        answerTheWarning(kiosk, remote);

        // A second conversation, from another kiosk: two tabs; the citizen there writes while the first is shown.
        handoff.registerKiosk("network-kiosk-2", "Network kiosk 2", "Branch two");
        long second = handoff.requestHelp(new NewHelpRequest("network-kiosk-2", Language.EN, HelpReason.ASKED_FOR_PERSON,
                null, null, List.of())).id();
        opened.add(second);
        Consoles.clickCard(remote, "Network kiosk 2");
        remote.click("vaadin-button.claim");
        remote.click("#conversation-tab-" + request);
        handoff.citizenSays(second, "Hello? Anyone there?");
        remote.waitForText("#conversation-tab-" + second, "1 unread message");
        remote.assertAccessible("agent-console-two-tabs");
        remote.screenshot("agent-console-two-tabs");
        answerTheWarning(kiosk, remote);

        // The agent is typing when the citizen writes: the focus and the text stay in the message box.
        remote.type("vaadin-text-area.agent-message", "Regardez bien");
        handoff.citizenSays(request, "Merci, je lis.");
        remote.waitForText(".agent-transcript", "Merci, je lis.");
        assertThat(remote.focusedIsIn("vaadin-text-area.agent-message")).as("focus in the message box").isTrue();
        remote.type("vaadin-text-area.agent-message", " l’étape 2.");
        remote.click("vaadin-button.send");
        kiosk.waitForText(".staff-banner", "Nouveau message du personnel");
        assertThat(kiosk.find(".progress-text").getText()).contains("Étape 2 sur");

        // At 200 % zoom (540×960 CSS px) the message box is still on screen below the conversation.
        remote.resize(Viewport.PORTRAIT_ZOOM_200);
        Object reachable = remote.script("""
                const lines = document.querySelector('.transcript-lines');
                lines.scrollIntoView({block: 'start'});
                const box = document.querySelector('vaadin-text-area.agent-message').getBoundingClientRect();
                return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;""");
        assertThat(reachable).as("message box within the 540×960 viewport").isEqualTo(Boolean.TRUE);
        PageChecks.assertNothingSideways(remote, "agent console at 200 %");
        remote.landscape();
        answerTheWarning(kiosk, remote);

        // The local agent becomes available; the remote one hands the conversation back, with a note.
        local.click(".status-picker vaadin-radio-button", "Available");
        local.waitForText(".presence-note", "You are available");
        remote.click("vaadin-button.transfer");
        remote.click("vaadin-select.transfer-colleague");
        remote.click("vaadin-select-item", LOCAL);
        remote.type("vaadin-text-area.transfer-note-field", "Elle lit l’étape 2 du passeport.");
        remote.assertAccessible("transfer-dialog");
        remote.click("vaadin-button.transfer-send");
        kiosk.waitForText(".staff-banner", "Un autre membre du personnel va continuer de vous aider");
        local.waitForText(".agent-alert", REMOTE + " transferred a conversation to you");
        answerTheWarning(kiosk, remote);

        local.click("#conversation-tab-" + request);
        local.waitForText(".transfer-note", "Elle lit l’étape 2 du passeport.");
        local.type("vaadin-text-area.agent-message", "Bonjour, je suis juste à côté.");
        local.click("vaadin-button.send");
        kiosk.waitForText(".staff-banner", "Nouveau message du personnel");
        assertThat(kiosk.find(".progress-text").getText()).contains("Étape 2 sur");

        // The warning comes during the conversation (here, if not yet), and answering it keeps everything.
        if (warningsAnswered == 0) {
            kiosk.find(".still-here");
            answerTheWarning(kiosk, local);
        }
        HelpRequestSummary now = handoff.requestOf(request).orElseThrow();
        assertThat(now.status()).isEqualTo(HelpStatus.LIVE);
        assertThat(now.agent()).isEqualTo(LOCAL);
        assertThat(handoff.auditTrail(request)).extracting(e -> e.action()).contains("TRANSFERRED")
                .doesNotContain("CANCELLED");
    }

    private void onDesk(String agent, long desk, PresenceStatus status) {
        if (!users.exists(agent)) {
            users.create(agent, "Agent " + agent, PASSWORD, Set.of(Roles.AGENT));
        }
        handoff.openConsole(agent);
        handoff.serve(agent, Set.of(desk), Set.of(Language.EN, Language.FR));
        handoff.setCapacity(agent, 3);
        handoff.setStatus(agent, status);
        handoff.heldBy(agent).forEach(r -> handoff.cancel(r.id()));
    }

    private long desk(long site, DeskKind kind) {
        return sites.desksCovering(site).stream().filter(d -> d.kind() == kind).map(DeskInfo::id).findFirst().orElseThrow();
    }

    private Browser signIn(String agent) {
        Browser console = newBrowser(Viewport.LANDSCAPE).open("/agent");
        console.type("#vaadinLoginUsername", agent);
        console.type("#vaadinLoginPassword", PASSWORD, Keys.ENTER);
        console.waitForText("h1", "Help requests");
        return console;
    }

    /**
     * The citizen reads, and answers "Are you still there?" when it shows. The first time, the request is still open
     * and the agent holding it has been told the citizen may have left.
     */
    private void answerTheWarning(Browser kiosk, Browser holder) {
        if (kiosk.findAll(".still-here").isEmpty()) {
            return;
        }
        if (warningsAnswered == 0) {
            eventually(() -> assertThat(handoff.requestOf(request).orElseThrow().citizenIdleSince()).isNotNull());
            assertThat(handoff.requestOf(request).orElseThrow().status().open()).isTrue();
            holder.waitForText(".citizen-idle", "The citizen may have left");
        }
        kiosk.click(".still-here");
        warningsAnswered++;
        eventually(() -> assertThat(handoff.requestOf(request).orElseThrow().citizenIdleSince()).isNull());
    }

    private static void until(Browser browser, String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Browser.TIMEOUT).withMessage(what).until(d -> condition.getAsBoolean());
    }
}
