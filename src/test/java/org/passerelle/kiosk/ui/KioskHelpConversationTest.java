package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpOutcome;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.kiosk.KioskSettings;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The kiosk side of a help conversation (issue 11): the privacy countdown waits longer for a person who waits for
 * staff and tells the agent first; staff news is a banner, not a change of screen; the way back after the agent
 * closes; the "Connection lost" overlay's texts in the kiosk's language.
 */
class KioskHelpConversationTest extends KioskTest {

    @Autowired
    HandoffService handoff;

    @Autowired
    KioskSettings settings;

    private long askForHelpOnStep(Language language, int step) {
        start(language);
        navigate("guide/passport-renewal/step/" + step, GuideView.class);
        test($(Button.class).withClassName("help-button").single()).click();
        return session().helpRequest().orElseThrow();
    }

    private HelpRequestSummary stored(long id) {
        return handoff.requestOf(id).orElseThrow();
    }

    private Div banner() {
        return $(Div.class).withClassName("staff-banner").single();
    }

    // ---- The privacy countdown during help ------------------------------------------------------------

    @Test
    void a_person_waiting_for_staff_gets_the_longer_idle_time_and_the_usual_one_once_the_request_ends() {
        assertThat(settings.idleTimeoutInHelp()).isGreaterThan(settings.idleTimeout());
        start(Language.EN);
        assertThat(layout().idleTimeout()).isEqualTo(settings.idleTimeout());

        test($(Button.class).withClassName("help-button").single()).click();
        assertThat(layout().idleTimeout()).isEqualTo(settings.idleTimeoutInHelp());

        test($(Button.class).withClassName("cancel-help").single()).click();
        assertThat(layout().idleTimeout()).isEqualTo(settings.idleTimeout());
    }

    @Test
    void the_server_does_not_clear_a_person_waiting_for_staff_after_the_usual_idle_time() {
        long id = askForHelpOnStep(Language.FR, 2);

        clock.advance(settings.idleTimeout().plus(settings.idleWarning()).plus(Duration.ofMinutes(2)));
        navigate("home", HomeView.class);

        assertThat(session().helpRequest()).contains(id);
        assertThat(stored(id).status()).isEqualTo(HelpStatus.WAITING);
    }

    @Test
    void the_idle_warning_during_help_tells_the_agent_first_and_i_am_still_here_keeps_the_request() {
        long id = askForHelpOnStep(Language.EN, 2);
        handoff.claim(id, "agent");
        handoff.agentSays(id, "agent", "Hello, I am looking at your request.");

        layout().idle();

        assertThat(layout().idleWarningShowing()).isTrue();
        assertThat($(Dialog.class).single().getElement().getTextRecursively())
                .contains("If nobody answers, your request for help will end too.");
        assertThat(stored(id).citizenIdleSince()).isEqualTo(clock.instant());
        assertThat(stored(id).status()).isEqualTo(HelpStatus.LIVE);

        test($(Button.class).withText("I am still here").single()).click();

        assertThat(stored(id).citizenIdleSince()).isNull();
        assertThat(stored(id).status()).isEqualTo(HelpStatus.LIVE);
        assertThat(session().helpRequest()).contains(id);
    }

    @Test
    void nobody_answering_during_help_wipes_everything_and_ends_the_request_as_citizen_left() {
        long id = askForHelpOnStep(Language.FR, 2);
        handoff.claim(id, "agent");
        handoff.agentSays(id, "agent", "Bonjour !");
        layout().idle();
        assertThat($(Dialog.class).single().getElement().getTextRecursively())
                .contains("Si personne ne répond, votre demande d’aide va aussi prendre fin.");

        clock.advance(settings.idleWarning());
        layout().warningExpired();

        assertThat(getCurrentView()).isInstanceOf(WelcomeView.class);
        assertThat(session().hasTraces()).isFalse();
        assertThat(stored(id).status()).isEqualTo(HelpStatus.CLOSED);
        assertThat(stored(id).outcome()).isEqualTo(HelpOutcome.CITIZEN_LEFT);
    }

    @Test
    void finish_and_clear_pressed_by_the_person_during_help_stays_a_cancel() {
        long id = askForHelpOnStep(Language.EN, 2);

        layout().confirmFinish();
        test($(Button.class).withText("Yes, clear everything").single()).click();

        assertThat(stored(id).status()).isEqualTo(HelpStatus.CANCELLED);
        assertThat(stored(id).outcome()).isNull();
    }

    // ---- Staff news as a banner -----------------------------------------------------------------------

    @Test
    void a_staff_message_while_the_person_reads_a_step_is_a_banner_and_the_step_stays_in_french() {
        long id = askForHelpOnStep(Language.FR, 2);
        navigate("guide/passport-renewal/step/3", GuideView.class);
        assertThat(banner().getChildren()).isEmpty();

        handoff.claim(id, "agent");
        handoff.agentSays(id, "agent", "Je suis là.");
        deliverPush();

        assertThat(getCurrentView()).isInstanceOf(GuideView.class);
        assertThat(session().step()).isEqualTo(3);
        assertThat(banner().getElement().getAttribute("role")).isEqualTo("status");
        assertThat(layout().staffNews()).hasValue("Nouveau message du personnel");
        assertThat(layout().announced()).isEqualTo("Un membre du personnel vous a écrit.");

        assertThat($(Button.class).withClassName("staff-banner-open").single().getText()).isEqualTo("Lire");
    }

    @Test
    void the_banners_button_opens_the_chat_and_the_banner_goes_away_in_english() {
        long id = askForHelpOnStep(Language.EN, 2);
        navigate("guide/passport-renewal/step/3", GuideView.class);
        handoff.claim(id, "agent");
        handoff.agentSays(id, "agent", "I am here.");
        deliverPush();
        assertThat(layout().staffNews()).hasValue("New message from staff");

        test($(Button.class).withClassName("staff-banner-open").single()).click();

        assertThat(getCurrentView()).isInstanceOf(HelpView.class);
        assertThat($(Div.class).withClassName("chat-agent").single().getElement().getTextRecursively())
                .contains("I am here.");
        assertThat(layout().staffNews()).isEmpty();
    }

    @Test
    void the_banner_follows_the_language_and_ends_with_the_request() {
        long id = askForHelpOnStep(Language.EN, 2);
        navigate("guide/passport-renewal/step/3", GuideView.class);
        handoff.claim(id, "agent");
        handoff.comingOver(id, "agent");
        deliverPush();
        assertThat(layout().staffNews()).hasValueSatisfying(t -> assertThat(t).startsWith("A staff member is walking"));

        test($(Button.class).withClassName("tool-language").single()).click();
        assertThat(layout().staffNews()).hasValueSatisfying(t -> assertThat(t).startsWith("Un membre du personnel s’en vient"));

        handoff.close(id, "agent", HelpOutcome.RESOLVED);
        deliverPush();
        assertThat(layout().staffNews()).isEmpty();
        assertThat(getCurrentView()).isInstanceOf(GuideView.class);
    }

    @Test
    void when_the_agent_closes_the_kiosk_returns_to_the_guide_and_step_the_agent_sent_and_the_record_shows_it() {
        long id = askForHelpOnStep(Language.FR, 4);
        handoff.claim(id, "agent");
        handoff.sendGuide(id, "agent", "sin-apply", 3);
        deliverPush();
        assertThat(getCurrentView()).isInstanceOf(GuideView.class);
        navigate(HelpView.class); // the person reads the chat

        handoff.close(id, "agent", HelpOutcome.RESOLVED);
        deliverPush();

        assertThat(getCurrentView()).isInstanceOf(GuideView.class);
        assertThat(session().guideId()).contains("sin-apply");
        assertThat(session().step()).isEqualTo(3);
        assertThat(stored(id).sentGuideId()).isEqualTo("sin-apply");
        assertThat(stored(id).sentStep()).isEqualTo(3);
        assertThat(stored(id).guideId()).isEqualTo("passport-renewal");
    }

    @Test
    void a_person_reading_the_sent_guide_further_on_stays_there_when_the_agent_closes() {
        long id = askForHelpOnStep(Language.EN, 1);
        handoff.claim(id, "agent");
        handoff.sendGuide(id, "agent", "sin-apply", 2);
        deliverPush();
        navigate("guide/sin-apply/step/3", GuideView.class);

        handoff.close(id, "agent", HelpOutcome.RESOLVED);
        deliverPush();

        assertThat(session().guideId()).contains("sin-apply");
        assertThat(session().step()).isEqualTo(3);
    }

    // ---- Connection lost --------------------------------------------------------------------------------

    private List<Object> connectionTexts() {
        List<PendingJavaScriptInvocation> calls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        return calls.stream().filter(c -> c.getInvocation().getExpression().contains("connectionTexts"))
                .reduce((a, b) -> b).orElseThrow().getInvocation().getParameters();
    }

    @Test
    void the_connection_lost_overlay_is_said_in_the_kiosks_language_and_follows_a_change_of_language() {
        start(Language.FR);
        assertThat(connectionTexts()).contains("Connexion perdue — nouvel essai en cours",
                "Attendez, s’il vous plaît. Votre demande d’aide est gardée. Toucher l’écran ne fait rien tant que la "
                        + "connexion n’est pas revenue.");

        test($(Button.class).withClassName("tool-language").single()).click();
        assertThat(connectionTexts()).contains("Connection lost — trying again");
    }

    @Test
    void before_anyone_chooses_a_language_the_connection_lost_overlay_speaks_both() {
        navigate(WelcomeView.class);

        assertThat(connectionTexts()).contains("Connection lost — trying again / Connexion perdue — nouvel essai en cours");
    }
}
