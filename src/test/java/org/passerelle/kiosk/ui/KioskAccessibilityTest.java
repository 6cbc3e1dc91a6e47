package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.TestAgents;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a screen-reader or keyboard user is told and where their focus goes, seen without a browser: names that
 * match what buttons show, the skip link, replies that are announced and focused, a help screen that does not
 * redraw under a person typing, and failures that are said.
 */
class KioskAccessibilityTest extends KioskTest {

    @Autowired
    HandoffService handoff;

    @Test
    void the_language_button_is_announced_as_what_it_shows_in_english_and_in_french() {
        for (Language language : Language.values()) {
            start(language);
            Button switcher = $(Button.class).withClassName("tool-language").single();
            String shown = switcher.getText().toLowerCase(Locale.ROOT);
            String announced = switcher.getElement().getAttribute("aria-label");

            assertThat(shown).isEqualTo(text("language.switch").toLowerCase(Locale.ROOT));
            // WCAG 2.5.3: the name contains the visible label, in the language the button is marked with.
            assertThat(announced).isNotNull();
            assertThat(announced.toLowerCase(Locale.ROOT)).contains(shown);
            assertThat(switcher.getElement().getAttribute("lang")).isEqualTo(language.other().code());
            finishAndClear();
        }
    }

    @Test
    void the_skip_link_points_at_the_main_landmark_of_the_screen_it_is_on_and_the_router_leaves_it_alone() {
        start(Language.EN);
        Anchor skip = $(Anchor.class).withClassName("skip-link").single();

        assertThat(skip.getHref()).isEqualTo("home#main");
        assertThat(skip.getElement().hasAttribute("router-ignore")).isTrue();
        navigate("guide/passport-renewal/step/2", GuideView.class);
        assertThat(skip.getHref()).isEqualTo("guide/passport-renewal/step/2#main");
    }

    @Test
    void a_question_asked_on_home_opens_on_its_answer_which_is_focused_and_announced() {
        start(Language.EN);
        ask("pasport renwal");

        assertThat(getCurrentView()).isInstanceOf(AskView.class);
        Div reply = $(Div.class).withClassName("reply").last();
        assertThat(reply.getElement().hasAttribute("data-focus-on-arrival")).isTrue();
        assertThat(layout().announced()).isEqualTo(text("ask.answered.guide", "Renew your adult passport"));
    }

    @Test
    void none_of_these_is_answered_focused_and_announced() {
        start(Language.EN);
        ask("passport");
        test($(Button.class).withClassName("choice-none").single()).click();

        Paragraph answer = $(Paragraph.class).withClassName("none-reply").single();
        assertThat(answer.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(layout().announced()).isEqualTo(text("clarify.none.reply"));
    }

    @Test
    void the_thanks_for_did_this_help_takes_the_focus_from_the_buttons_that_went_away_and_is_announced() {
        start(Language.FR);
        navigate("guide/sin-apply/done", GuideDoneView.class);
        test(button("Oui")).click();

        Paragraph thanks = $(Paragraph.class).withClassName("feedback-thanks").single();
        assertThat(thanks.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(layout().announced()).isEqualTo(text("done.helped.yes.thanks"));
    }

    @Test
    void a_new_staff_message_is_added_to_the_chat_without_redrawing_the_help_screen_or_the_reply_being_typed() {
        start(Language.FR);
        test($(Button.class).withClassName("help-button").single()).click();
        long id = session().helpRequest().orElseThrow();
        TestAgents.onDuty(handoff, "agent");
        handoff.claim(id, "agent");
        handoff.agentSays(id, "agent", "Bonjour !");
        deliverPush();
        H1 heading = $(H1.class).single();
        Component firstMessage = $(Div.class).withClassName("chat-agent").single();
        TextField reply = $(TextField.class).withClassName("chat-reply").single();
        test(reply).setValue("Je cherche les ");

        handoff.agentSays(id, "agent", "Où êtes-vous bloqué ?");
        deliverPush();

        assertThat($(Div.class).withClassName("chat-agent").all()).hasSize(2).first().isSameAs(firstMessage);
        assertThat($(H1.class).single()).isSameAs(heading);
        assertThat($(TextField.class).withClassName("chat-reply").single()).isSameAs(reply);
        assertThat(reply.getValue()).isEqualTo("Je cherche les ");
    }

    @Test
    void a_help_request_that_cannot_be_recorded_is_said_and_the_help_button_works_again() {
        browseFromElsewhere();
        start(Language.FR);
        Button help = $(Button.class).withClassName("help-button").single();
        test(help).click();

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(help.isEnabled()).isTrue();
        assertThat(layout().announced()).isEqualTo(text("handoff.problem.not_enrolled"));
        assertThat(session().helpRequest()).isEmpty();
    }

    private void finishAndClear() {
        layout().finishAndClear();
        UI.getCurrent().navigate(WelcomeView.class);
    }
}
