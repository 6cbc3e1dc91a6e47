package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.TestAgents;
import org.passerelle.security.Roles;
import org.passerelle.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A kiosk and an agent console side by side, in two browsers with their own sessions: the citizen asks
 * for a person on a guide step, the agent signs in, takes the request, chats, says they are coming and
 * closes; every change reaches the other screen by server push, and the kiosk resumes at its step.
 */
class HandoffIT extends BrowserTest {

    private static final String AGENT = "handoff-agent"; // StaffSignInIT has its own "it-agent"
    private static final String PASSWORD = "it-agent-password-123";

    @Autowired
    UserService users;

    @Autowired
    HandoffService handoff;

    @Test
    void a_kiosk_and_an_agent_console_complete_a_handoff_with_live_chat() {
        if (!users.exists(AGENT)) {
            users.create(AGENT, "Agent for the browser test", PASSWORD, Set.of(Roles.AGENT));
        }
        // On duty before the citizen asks: the kiosk tells the truth, and with nobody on duty it records no request.
        TestAgents.onDuty(handoff, AGENT);
        Browser kiosk = open("/");
        kiosk.click("vaadin-button.language-choice[lang=fr]");
        kiosk.type("vaadin-text-field.question", "renouveler passeport", Keys.ENTER);
        kiosk.click(".guide-card vaadin-button.big-button");
        kiosk.click("vaadin-button.next-button");
        kiosk.waitForText(".progress-text", "Étape 2 sur");
        kiosk.click("vaadin-button.help-button");
        kiosk.find(".help-status");

        Browser agent = newBrowser(Viewport.LANDSCAPE).open("/agent");
        assertThat(agent.driver().getCurrentUrl()).contains("/login");
        agent.assertAccessible("login");
        agent.type("#vaadinLoginUsername", AGENT);
        agent.type("#vaadinLoginPassword", PASSWORD, Keys.ENTER);
        agent.waitForText("h1", "Help requests");
        // Put on duty before the citizen asked (above): the console opens saying so.
        agent.waitForText(".presence-note", "You are available");
        agent.click(".queue-card", "Stuck on a step");
        agent.click("vaadin-button.claim");
        kiosk.waitForText(".help-status", "Un membre du personnel s’occupe de votre demande");

        agent.type("vaadin-text-area.agent-message", "Bonjour ! Je peux vous aider. <b>test</b>");
        agent.click("vaadin-button.send");
        kiosk.waitForText(".chat-agent", "Bonjour ! Je peux vous aider. <b>test</b>");
        kiosk.assertAccessible("help-chat-fr");
        kiosk.screenshot("help-chat-fr-portrait");

        kiosk.type("vaadin-text-field.chat-reply", "Merci, c’est pour les photos", Keys.ENTER);
        agent.waitForText(".agent-transcript", "Merci, c’est pour les photos");
        agent.assertAccessible("agent-console");
        agent.screenshot("agent-console-landscape");

        agent.click("vaadin-button.coming-over");
        kiosk.waitForText(".help-status", "s’en vient à cette borne");

        agent.click("vaadin-button.close-request");
        kiosk.waitForText(".progress-text", "Étape 2 sur");
        assertThat(kiosk.findAll(".help-status")).isEmpty();
    }
}
