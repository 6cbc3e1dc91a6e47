package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.passerelle.kiosk.ClarificationResolved;
import org.passerelle.kiosk.QuestionAnswered;
import org.passerelle.kiosk.QuestionAnswered.Outcome;
import org.passerelle.kiosk.WrongAnswerReported;
import org.passerelle.kiosk.WrongAnswerReported.How;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;

/**
 * "Is this what you need?" with Yes / No / Talk to a person. The open probability is raised to 1 here, so every
 * likely guide is in the medium band and asks first (the production band is tested in {@code AssistantTest}).
 */
@TestPropertySource(properties = "passerelle.assistant.open-probability=1.0")
class KioskConfirmationTest extends KioskTest {

    @Autowired
    ApplicationEvents events;

    @Test
    void a_medium_confidence_answer_asks_with_the_guide_title_instead_of_opening_it() {
        start(Language.EN);
        ask("renew my passport");

        assertThat(getCurrentView()).isInstanceOf(AskView.class);
        assertThat($(H2.class).withText("Is this what you need?").exists()).isTrue();
        assertThat($(H3.class).withText("Renew your adult passport").exists()).isTrue();
        assertThat($(Button.class).withText("Yes, open this guide").exists()).isTrue();
        assertThat($(Button.class).withText("No").exists()).isTrue();
        assertThat($(Button.class).withText("Talk to a person").exists()).isTrue();
        assertThat($(Button.class).withText("Start the guide").exists()).as("not opened directly").isFalse();
        assertThat(events.stream(QuestionAnswered.class)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.CONFIRMATION);
            assertThat(e.guideId()).isEqualTo("passport-renewal");
        });
    }

    @Test
    void yes_opens_the_guide() {
        start(Language.EN);
        ask("renew my passport");

        test($(Button.class).withText("Yes, open this guide").single()).click();

        assertThat(getCurrentView()).isInstanceOf(GuideView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Renew your adult passport");
        assertThat(events.stream(ClarificationResolved.class)).singleElement()
                .satisfies(e -> assertThat(e.chosenGuideId()).isEqualTo("passport-renewal"));
        assertThat($(Button.class).withClassName("not-what-i-asked").exists()).as("the guide was opened for a question")
                .isTrue();
    }

    @Test
    void no_records_a_wrong_answer_and_offers_to_rephrase_or_browse_in_french() {
        start(Language.FR);
        ask("je veux renouveler mon passeport");
        assertThat($(H2.class).withText("Est-ce ce qu’il vous faut ?").exists()).isTrue();

        test($(Button.class).withText("Non").single()).click();

        assertThat(events.stream(WrongAnswerReported.class)).singleElement().satisfies(e -> {
            assertThat(e.how()).isEqualTo(How.CONFIRMATION_DECLINED);
            assertThat(e.guideId()).isEqualTo("passport-renewal");
            assertThat(e.question()).isEqualTo("je veux renouveler mon passeport");
        });
        assertThat($(Paragraph.class).withText(text("wrong.reply")).exists()).isTrue();
        assertThat($(Button.class).withText("Parcourir les sujets").exists()).isTrue();
        assertThat($(Button.class).withText("Oui, ouvrir ce guide").single().isEnabled()).isFalse();
    }

    @Test
    void talk_to_a_person_starts_the_help_request_flow() {
        start(Language.EN);
        ask("renew my passport");

        test($(Button.class).withText("Talk to a person").single()).click();

        assertThat(getCurrentView()).isInstanceOf(HelpView.class);
    }
}
