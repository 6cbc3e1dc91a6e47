package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.passerelle.kiosk.GuideFeedback;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

class KioskJourneyTest extends KioskTest {

    @Autowired
    ApplicationEvents events;

    @Test
    void welcome_speaks_both_languages_and_needs_no_typing() {
        navigate(WelcomeView.class);

        H1 heading = $(H1.class).single();
        assertThat(heading.getElement().getTextRecursively()).contains("Welcome", "Bienvenue");
        assertThat($(Button.class).withClassName("language-choice").all()).extracting(Button::getText)
                .containsExactly("English", "Français");
        assertThat($(Button.class).withClassName("language-choice").all())
                .extracting(b -> b.getElement().getAttribute("lang")).containsExactly("en", "fr");
    }

    @Test
    void choosing_french_opens_home_in_french_with_topic_tiles() {
        start(Language.FR);

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("De quoi avez-vous besoin ?");
        assertThat($(RouterLink.class).withClassName("tile").all()).extracting(l -> l.getElement().getTextRecursively())
                .contains("Impôts", "Santé", "Travail et emploi");
    }

    @Test
    void a_screen_opened_before_choosing_a_language_shows_the_welcome_screen() {
        navigate("guide/passport-renewal/step/2", WelcomeView.class);

        assertThat(getCurrentView()).isInstanceOf(WelcomeView.class);
    }

    @Test
    void a_question_with_typos_gets_its_guide_and_starts_it_one_step_per_screen() {
        start(Language.EN);
        ask("pasport renwal");

        assertThat(getCurrentView()).isInstanceOf(AskView.class);
        Div card = $(Div.class).withClassName("guide-card").single();
        assertThat($(H2.class, card).single().getText()).isEqualTo("Renew your adult passport");
        test($(Button.class, card).withText("Start the guide").single()).click();

        assertThat(getCurrentView()).isInstanceOf(GuideView.class);
        int steps = $(Div.class).withClassName("progress-bar").single().getChildren().toList().size();
        assertThat($(Paragraph.class).withClassName("progress-text").single().getText()).isEqualTo("Step 1 of " + steps);
        test($(Button.class).withClassName("next-button").single()).click();
        assertThat($(Paragraph.class).withClassName("progress-text").single().getText()).isEqualTo("Step 2 of " + steps);
        assertThat(session().guideId()).contains("passport-renewal");
        assertThat(session().step()).isEqualTo(2);
        test($(Button.class).withClassName("back-button").single()).click();
        assertThat(session().step()).isEqualTo(1);
    }

    @Test
    void the_last_step_leads_to_did_this_help_and_what_next() {
        start(Language.EN);
        navigate("guide/sin-apply/step/99", GuideView.class);

        assertThat($(Button.class).withClassName("next-button").single().getText()).isEqualTo("I am done");
        test($(Button.class).withClassName("next-button").single()).click();
        assertThat(getCurrentView()).isInstanceOf(GuideDoneView.class);
        assertThat($(H2.class).withText("Did this help?").exists()).isTrue();
        assertThat($(Button.class).withText("Take the steps with you").exists()).isTrue();
        assertThat($(Button.class).withText("Ask another question").exists()).isTrue();
    }

    @Test
    void answering_did_this_help_is_counted_once_and_a_no_offers_a_person() {
        start(Language.EN);
        navigate("guide/sin-apply/done", GuideDoneView.class);

        test(button("No")).click();
        assertThat($(Paragraph.class).withText(text("done.helped.no.thanks")).exists()).isTrue();
        assertThat($(Button.class).withText("Get help from a person").exists()).isTrue();
        navigate("guide/sin-apply/done", GuideDoneView.class);
        assertThat($(Button.class).withText("Yes").exists()).isFalse();
        assertThat(events.stream(GuideFeedback.class)).singleElement().satisfies(feedback -> assertThat(feedback)
                .usingRecursiveComparison().ignoringFields("at")
                .isEqualTo(new GuideFeedback("kiosk-1", "sin-apply", Language.EN, false, Instant.EPOCH)));
    }

    @Test
    void an_unknown_guide_gets_a_plain_message_and_a_way_home() {
        start(Language.FR);
        navigate("guide/no-such-guide/step/1", GuideView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Nous ne trouvons pas ce guide");
        test(button("Accueil")).click();
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void a_topic_lists_its_guides_as_big_links() {
        start(Language.EN);
        navigate("topic/taxes", TopicView.class);

        assertThat($(RouterLink.class).withClassName("guide-link").all()).isNotEmpty()
                .allSatisfy(link -> assertThat(link.getHref()).startsWith("guide/").endsWith("/step/1"));
    }

    @Test
    void take_it_with_you_has_a_qr_code_and_a_printable_summary_with_nothing_typed() {
        start(Language.EN);
        ask("my name is Jeanne, renew passport");
        navigate("guide/passport-renewal/take-away", TakeAwayView.class);

        String html = getCurrentView().getElement().getOuterHTML();
        assertThat(html).contains("<svg", "role=\"img\"", "canada.ca", "class=\"printable\"")
                .doesNotContain("Jeanne");
        assertThat($(Button.class).withText("Print the steps").exists()).isTrue();
    }
}
