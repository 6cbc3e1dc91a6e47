package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.handoff.HelpTicket;
import org.passerelle.handoff.Speaker;
import org.passerelle.handoff.TranscriptLine;
import org.passerelle.kiosk.KioskSettings;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;

class KioskPrivacyTest extends KioskTest {

    @Autowired
    HandoffService handoff;

    @Autowired
    KioskSettings settings;

    private Button helpButton() {
        return $(Button.class).withClassName("help-button").single();
    }

    @Test
    void get_help_records_one_request_with_language_guide_step_and_last_messages() {
        start(Language.FR);
        ask("renouveler passeport");
        navigate("guide/passport-renewal/step/2", GuideView.class);

        test(helpButton()).click();
        test(helpButton()).click(); // a double tap must not queue the person twice

        assertThat(getCurrentView()).isInstanceOf(HelpView.class);
        long id = session().helpRequest().orElseThrow();
        HelpTicket ticket = handoff.ticket(id).orElseThrow();
        assertThat(ticket.status()).isEqualTo(HelpStatus.WAITING);
        assertThat(ticket.position()).isGreaterThanOrEqualTo(1);
        assertThat($(H1.class).single().getText()).isEqualTo("Une personne va vous aider");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Ce qui va se passer");
        assertThat(handoff.transcript(id)).containsExactly(
                new TranscriptLine(Speaker.CITIZEN, "renouveler passeport"),
                new TranscriptLine(Speaker.KIOSK, "A montré le guide « Renouveler votre passeport adulte »"));
        assertThat(handoff.requestOf(id)).hasValueSatisfying(r -> {
            assertThat(r.language()).isEqualTo(Language.FR);
            assertThat(r.reason()).isEqualTo(HelpReason.STUCK_ON_STEP);
            assertThat(r.guideId()).isEqualTo("passport-renewal");
            assertThat(r.step()).isEqualTo(2);
            assertThat(r.kioskId()).isEqualTo(settings.id());
        });
    }

    @Test
    void a_sin_across_the_500th_character_of_a_long_question_reaches_the_agent_redacted_whole() {
        start(Language.EN);
        String question = "renew my passport ".repeat(27) + "my SIN is 046 454 286 thanks";
        assertThat(question.indexOf("046")).isLessThan(500);
        assertThat(question.indexOf("286")).isGreaterThan(500);
        ask(question);

        test(helpButton()).click();

        long id = session().helpRequest().orElseThrow();
        String stored = handoff.transcript(id).getFirst().text();
        assertThat(stored).hasSizeLessThanOrEqualTo(500).doesNotContain("046", "454", "28");
    }

    @Test
    void the_citizen_can_cancel_and_go_back_to_where_they_were() {
        start(Language.EN);
        navigate("guide/sin-apply/step/3", GuideView.class);
        test(helpButton()).click();
        long id = session().helpRequest().orElseThrow();

        test($(Button.class).withClassName("cancel-help").single()).click();
        assertThat(handoff.ticket(id).orElseThrow().status()).isEqualTo(HelpStatus.CANCELLED);
        assertThat($(H1.class).single().getText()).isEqualTo("Your request is cancelled");
        test($(Button.class).withClassName("back-button").single()).click();
        assertThat(getCurrentView()).isInstanceOf(GuideView.class);
        assertThat(session().step()).isEqualTo(3);
    }

    @Test
    void finish_and_clear_forgets_everything_and_returns_to_welcome() {
        start(Language.FR);
        ask("renouveler passeport");
        test($(Button.class).withClassName("tool-text-size").single()).click(); // text size
        test(helpButton()).click();
        long id = session().helpRequest().orElseThrow();

        layout().confirmFinish();
        test($(Button.class).withText("Oui, tout effacer").single()).click();

        assertThat(getCurrentView()).isInstanceOf(WelcomeView.class);
        assertThat(session().started()).isFalse();
        assertThat(session().hasTraces()).isFalse();
        assertThat(session().conversation().turns()).isEmpty();
        assertThat(handoff.ticket(id).orElseThrow().status()).isEqualTo(HelpStatus.CANCELLED);
        assertThat($(Dialog.class).all()).isEmpty();
    }

    @Test
    void after_inactivity_a_warning_comes_first_and_i_am_still_here_keeps_everything() {
        start(Language.EN);
        ask("renew passport");

        layout().idle();
        assertThat(layout().idleWarningShowing()).isTrue();
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Are you still there?");
        test($(Button.class).withText("I am still here").single()).click();

        assertThat(layout().idleWarningShowing()).isFalse();
        assertThat(session().conversation().turns()).hasSize(1);
        assertThat(getCurrentView()).isInstanceOf(AskView.class);
    }

    @Test
    void when_nobody_answers_the_warning_the_kiosk_clears_and_shows_welcome() {
        start(Language.EN);
        ask("renew passport");

        layout().idle();
        layout().warningExpired(); // too early: a forged or early call is ignored
        assertThat(session().started()).isTrue();

        clock.advance(settings.idleWarning());
        layout().warningExpired();
        assertThat(getCurrentView()).isInstanceOf(WelcomeView.class);
        assertThat(session().hasTraces()).isFalse();
        assertThat($(Dialog.class).all()).isEmpty();
    }

    @Test
    void a_reset_while_a_dialog_is_open_closes_it() {
        start(Language.EN);
        layout().confirmFinish();
        assertThat($(Dialog.class).all()).hasSize(1);

        layout().idle();
        clock.advance(settings.idleWarning());
        layout().warningExpired();

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(getCurrentView()).isInstanceOf(WelcomeView.class);
    }

    @Test
    void an_idle_kiosk_with_nothing_on_it_shows_no_warning() {
        navigate(WelcomeView.class);

        layout().idle();

        assertThat(layout().idleWarningShowing()).isFalse();
    }

    @Test
    void if_the_browser_timer_never_fired_the_server_clears_a_long_idle_session_on_the_next_screen() {
        start(Language.EN);
        ask("renew passport");

        clock.advance(settings.idleTimeout().plus(settings.idleWarning()).plus(Duration.ofMinutes(2)));
        navigate("home", WelcomeView.class);

        assertThat(getCurrentView()).isInstanceOf(WelcomeView.class);
        assertThat(session().conversation().turns()).isEmpty();
    }

    @Test
    void bigger_text_and_high_contrast_are_remembered_across_screens_and_reset_for_the_next_person() {
        start(Language.EN);
        Button contrast = $(Button.class).withClassName("tool-contrast").single();
        test(contrast).click();
        assertThat(contrast.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(session().highContrast()).isTrue();

        navigate("topic/health", TopicView.class);
        assertThat(session().highContrast()).isTrue();

        layout().finishAndClear();
        assertThat(session().highContrast()).isFalse();
        assertThat(session().textSize()).isZero();
    }
}
