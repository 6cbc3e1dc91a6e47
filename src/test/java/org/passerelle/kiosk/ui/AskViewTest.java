package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class AskViewTest extends SpringBrowserlessTest {

    AskView view;

    @BeforeEach
    void open() {
        view = navigate(AskView.class);
    }

    private void ask(String question) {
        test($(TextField.class).single()).setValue(question);
        test($(Button.class).withText(view.getTranslation("ask.button")).single()).click();
    }

    @Test
    void a_typed_question_shows_its_guide_with_steps_and_official_link() {
        ask("pasport renwal");

        Div card = $(Div.class).withClassName("guide-card").single();
        assertThat($(H2.class, card).first().getText()).isEqualTo("Renew your adult passport");
        assertThat(card.getElement().getOuterHTML()).contains("<ol>", "<h3>", "canada.ca", "Last reviewed").doesNotContain("<script");
    }

    @Test
    void switching_to_french_translates_the_page() {
        test($(Button.class).withText("Français").single()).click();

        assertThat($(H1.class).single().getText()).isEqualTo("Comment pouvons-nous vous aider aujourd’hui ?");
        ask("renouveler passeport");
        assertThat($(Div.class).withClassName("guide-card").single().getElement().getAttribute("lang")).isNull();
        assertThat($(Div.class).withClassName("answer").single().getElement().getAttribute("lang")).isEqualTo("fr");
    }

    @Test
    void an_empty_question_gets_a_message_in_the_kiosk_language() {
        ask("   ");

        assertThat($(Paragraph.class).withText("Please type a question first.").exists()).isTrue();
    }

    @Test
    void a_close_call_offers_big_choices_and_none_of_these() {
        ask("passport");

        assertThat($(H2.class).withText("Did you mean one of these?").exists()).isTrue();
        test($(Button.class).withText("None of these").single()).click();
        assertThat($(Paragraph.class).withText("OK. Please try other words, or ask a person for help.").exists()).isTrue();
    }

    @Test
    void markup_in_a_question_is_never_rendered() {
        ask("<img src=x onerror=alert(1)>");

        assertThat($(H2.class).withText("Sorry, I did not understand.").exists()).isTrue();
        assertThat(view.getElement().getOuterHTML()).doesNotContain("<img");
    }
}
