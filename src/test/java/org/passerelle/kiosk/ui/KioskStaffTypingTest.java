package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.TestAgents;
import org.passerelle.handoff.TransferTarget;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "A staff member is writing…" on the kiosk's help screen while the agent types, and what the citizen is told when the
 * agent hands the conversation on (issue 11): said in the citizen's language, without redrawing the screen.
 */
class KioskStaffTypingTest extends KioskTest {

    @Autowired
    HandoffService handoff;

    private long chattingOnTheHelpScreen(Language language) {
        start(language);
        test($(Button.class).withClassName("help-button").single()).click();
        long id = session().helpRequest().orElseThrow();
        handoff.claim(id, "agent");
        handoff.agentSays(id, "agent", "Bonjour !");
        deliverPush();
        return id;
    }

    private HelpView help() {
        return (HelpView) getCurrentView();
    }

    private Div typingLine() {
        return $(Div.class).withClassName("staff-typing").single();
    }

    @Test
    void while_the_agent_types_the_citizen_reads_that_a_staff_member_is_writing_in_french() {
        long id = chattingOnTheHelpScreen(Language.FR);
        assertThat(typingLine().getText()).isEmpty();

        handoff.agentTyping(id, "agent");
        deliverPush();

        assertThat(typingLine().getText()).isEqualTo("Un membre du personnel vous écrit…");
        assertThat(typingLine().getElement().getAttribute("aria-live")).isEqualTo("polite");
    }

    @Test
    void the_line_is_in_english_for_an_english_speaker() {
        long id = chattingOnTheHelpScreen(Language.EN);

        handoff.agentTyping(id, "agent");
        deliverPush();

        assertThat(typingLine().getText()).isEqualTo("A staff member is writing…");
    }

    @Test
    void the_line_goes_a_few_seconds_after_the_agent_stops_typing() {
        long id = chattingOnTheHelpScreen(Language.FR);
        handoff.agentTyping(id, "agent");
        deliverPush();

        clock.advance(Duration.ofSeconds(2));
        help().typingExpired();
        assertThat(typingLine().getText()).as("still typing, 2 s later").isNotEmpty();
        clock.advance(Duration.ofSeconds(4));
        help().typingExpired();

        assertThat(typingLine().getText()).isEmpty();
    }

    @Test
    void the_line_goes_when_the_message_arrives() {
        long id = chattingOnTheHelpScreen(Language.FR);
        handoff.agentTyping(id, "agent");
        deliverPush();

        handoff.agentSays(id, "agent", "Voici la réponse.");
        deliverPush();

        assertThat(typingLine().getText()).isEmpty();
        assertThat($(Div.class).withClassName("chat-agent").all()).hasSize(2);
    }

    @Test
    void a_citizen_typing_a_reply_keeps_their_text_and_the_same_screen_when_the_agent_types() {
        long id = chattingOnTheHelpScreen(Language.FR);
        TextField reply = $(TextField.class).withClassName("chat-reply").single();
        test(reply).setValue("Je cherche");

        handoff.agentTyping(id, "agent");
        deliverPush();

        assertThat($(TextField.class).withClassName("chat-reply").single()).isSameAs(reply);
        assertThat(reply.getValue()).isEqualTo("Je cherche");
    }

    @Test
    void another_kiosks_typing_is_not_shown_here() {
        chattingOnTheHelpScreen(Language.FR);
        String elsewhere = "typing-elsewhere-" + java.util.UUID.randomUUID();
        handoff.registerKiosk(elsewhere, "Elsewhere", "Another branch");
        long other = handoff.requestHelp(new org.passerelle.handoff.NewHelpRequest(elsewhere, Language.FR,
                org.passerelle.handoff.HelpReason.ASKED_FOR_PERSON, null, null, java.util.List.of())).id();
        handoff.claim(other, "agent");

        handoff.agentTyping(other, "agent");
        deliverPush();

        assertThat(typingLine().getText()).isEmpty();
    }

    @Test
    void when_the_agent_hands_the_conversation_on_the_citizen_is_told_another_staff_member_will_continue() {
        long id = chattingOnTheHelpScreen(Language.FR);
        TestAgents.onDuty(handoff, "agent2");

        handoff.transfer(id, "agent", TransferTarget.colleague("agent2"), "Elle a besoin des photos");
        deliverPush();

        String status = $(Div.class).withClassName("help-status").single().getElement().getTextRecursively();
        assertThat(status).contains("Un autre membre du personnel va continuer de vous aider.")
                .doesNotContain("agent2").doesNotContain("photos");
    }

    @Test
    void on_a_guide_step_a_transfer_is_a_banner_and_the_step_stays() {
        start(Language.EN);
        navigate("guide/passport-renewal/step/2", GuideView.class);
        test($(Button.class).withClassName("help-button").single()).click();
        long id = session().helpRequest().orElseThrow();
        navigate("guide/passport-renewal/step/3", GuideView.class);
        handoff.claim(id, "agent");

        handoff.transfer(id, "agent", TransferTarget.remoteTeam(), "");
        deliverPush();

        assertThat(getCurrentView()).isInstanceOf(GuideView.class);
        assertThat(session().step()).isEqualTo(3);
        assertThat($(Div.class).withClassName("staff-banner").single().getElement().getTextRecursively())
                .contains("Another staff member will continue helping you");
    }
}
