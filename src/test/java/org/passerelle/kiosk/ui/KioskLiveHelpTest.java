package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.TestAgents;
import org.passerelle.handoff.HelpOutcome;
import org.passerelle.handoff.Speaker;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;

/** The kiosk side of a handoff: what the agent does shows up on the citizen's screen at once. */
class KioskLiveHelpTest extends KioskTest {

    @Autowired
    HandoffService handoff;

    private long askForHelpOnStep(int step) {
        start(Language.FR);
        navigate("guide/passport-renewal/step/" + step, GuideView.class);
        test($(Button.class).withClassName("help-button").single()).click();
        return session().helpRequest().orElseThrow();
    }

    @Test
    void the_agents_message_appears_on_the_kiosk_and_the_citizen_can_answer() {
        long id = askForHelpOnStep(2);
        TestAgents.onDuty(handoff, "agent");
        handoff.claim(id, "agent");
        handoff.agentSays(id, "agent", "Bonjour, où êtes-vous bloqué ?");
        deliverPush();

        assertThat(getCurrentView()).isInstanceOf(HelpView.class);
        assertThat($(Div.class).withClassName("chat-agent").single().getElement().getTextRecursively())
                .contains("Bonjour, où êtes-vous bloqué ?");
        test($(TextField.class).withClassName("chat-reply").single()).setValue("Les photos <b>svp</b>");
        test($(Button.class).withClassName("chat-send").single()).click();

        assertThat(handoff.conversation(id).getLast().speaker()).isEqualTo(Speaker.CITIZEN);
        assertThat($(Div.class).withClassName("chat-citizen").single().getElement().getTextRecursively())
                .contains("Les photos <b>svp</b>");
    }

    @Test
    void while_the_citizen_reads_a_guide_a_message_leaves_them_on_their_step() {
        long id = askForHelpOnStep(2);
        navigate("guide/passport-renewal/step/3", GuideView.class);

        TestAgents.onDuty(handoff, "agent");
        handoff.claim(id, "agent");
        handoff.agentSays(id, "agent", "Je suis là.");
        deliverPush();

        assertThat(getCurrentView()).isInstanceOf(GuideView.class);
        assertThat(session().step()).isEqualTo(3);
    }

    @Test
    void coming_over_is_said_in_big_words() {
        long id = askForHelpOnStep(1);
        TestAgents.onDuty(handoff, "agent");
        handoff.claim(id, "agent");
        handoff.comingOver(id, "agent");
        deliverPush();

        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Un membre du personnel s’en vient à cette borne.");
    }

    @Test
    void a_guide_the_agent_sends_opens_on_the_kiosk_at_that_step() {
        long id = askForHelpOnStep(1);
        TestAgents.onDuty(handoff, "agent");
        handoff.claim(id, "agent");
        handoff.sendGuide(id, "agent", "sin-apply", 3);
        deliverPush();

        assertThat(getCurrentView()).isInstanceOf(GuideView.class);
        assertThat(session().guideId()).contains("sin-apply");
        assertThat(session().step()).isEqualTo(3);
    }

    @Test
    void when_the_agent_closes_the_kiosk_resumes_at_the_step_where_it_stopped() {
        long id = askForHelpOnStep(4);
        TestAgents.onDuty(handoff, "agent");
        handoff.claim(id, "agent");
        handoff.agentSays(id, "agent", "Voilà, c’est réglé.");
        handoff.close(id, "agent", HelpOutcome.RESOLVED);
        deliverPush();

        assertThat(getCurrentView()).isInstanceOf(GuideView.class);
        assertThat(session().step()).isEqualTo(4);
        assertThat(session().helpRequest()).isEmpty();
    }
}
