package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.passerelle.kiosk.WrongAnswerReported;
import org.passerelle.kiosk.WrongAnswerReported.How;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

/** "This is not what I asked": one tap on a guide card, or on the guide the assistant opened, in both languages. */
class KioskWrongAnswerTest extends KioskTest {

    @Autowired
    ApplicationEvents events;

    @Test
    void not_what_i_asked_on_a_guide_card_reports_the_guide_and_offers_to_rephrase_or_browse() {
        start(Language.EN);
        ask("renew my passport");

        test($(Button.class).withText("This is not what I asked").single()).click();

        assertThat(events.stream(WrongAnswerReported.class)).singleElement().satisfies(e -> {
            assertThat(e.guideId()).isEqualTo("passport-renewal");
            assertThat(e.question()).isEqualTo("renew my passport");
            assertThat(e.how()).isEqualTo(How.NOT_WHAT_I_ASKED);
            assertThat(e.kioskId()).isEqualTo("kiosk-1");
        });
        assertThat($(Paragraph.class).withText(text("wrong.reply")).exists()).isTrue();
        assertThat($(Button.class).withText("Browse the topics").exists()).isTrue();
        assertThat($(Button.class).withText("This is not what I asked").single().isEnabled()).as("one tap").isFalse();
        test($(Button.class).withText("Browse the topics").single()).click();
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void not_what_i_asked_on_the_guide_the_assistant_opened_goes_back_to_the_conversation_saying_sorry_in_french() {
        start(Language.FR);
        ask("je veux renouveler mon passeport");
        test($(Button.class).withText("Commencer le guide").single()).click();
        assertThat(getCurrentView()).isInstanceOf(GuideView.class);

        test($(Button.class).withText("Ce n’est pas ce que j’ai demandé").single()).click();

        assertThat(events.stream(WrongAnswerReported.class)).singleElement().satisfies(e -> {
            assertThat(e.guideId()).isEqualTo("passport-renewal");
            assertThat(e.language()).isEqualTo(Language.FR);
            assertThat(e.question()).isEqualTo("je veux renouveler mon passeport");
        });
        assertThat(getCurrentView()).isInstanceOf(AskView.class);
        assertThat($(Paragraph.class).withText(text("wrong.reply")).exists()).isTrue();
        assertThat(text("wrong.reply")).startsWith("Désolé");
    }

    @Test
    void a_guide_opened_from_a_topic_offers_no_not_what_i_asked() {
        start(Language.EN);
        navigate("guide/passport-renewal/step/1", GuideView.class);

        assertThat($(Button.class).withClassName("not-what-i-asked").exists()).isFalse();
    }

    @Test
    void once_reported_the_guide_no_longer_offers_it() {
        start(Language.EN);
        ask("renew my passport");
        test($(Button.class).withText("Start the guide").single()).click();
        test($(Button.class).withClassName("not-what-i-asked").single()).click();

        navigate("guide/passport-renewal/step/1", GuideView.class);

        assertThat($(Button.class).withClassName("not-what-i-asked").exists()).isFalse();
        assertThat(events.stream(WrongAnswerReported.class)).hasSize(1);
    }
}
