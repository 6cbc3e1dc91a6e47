package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.Language;

class KioskConversationTest extends KioskTest {

    @Test
    void the_language_button_redraws_every_screen_in_the_other_language() {
        start(Language.EN);
        ask("renew passport");

        test($(Button.class).withClassName("tool-language").single()).click();

        assertThat(session().language()).isEqualTo(Language.FR);
        assertThat($(H1.class).single().getText()).isEqualTo("Vos questions");
        assertThat($(Span.class).withText("Vous avez demandé :").exists()).isTrue();
        // The answer was given in English: it keeps its language, marked for screen readers.
        assertThat($(Div.class).withClassName("reply").single().getElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void a_close_call_offers_big_choices_and_none_of_these() {
        start(Language.EN);
        ask("passport");

        assertThat($(H2.class).withText("Did you mean one of these?").exists()).isTrue();
        assertThat($(Button.class).withClassName("choice").all()).hasSizeBetween(2, 3);
        test($(Button.class).withText("None of these").single()).click();
        assertThat($(Paragraph.class).withText(text("clarify.none.reply")).exists()).isTrue();
    }

    @Test
    void choosing_a_candidate_opens_that_guide() {
        start(Language.EN);
        ask("passport");

        Button first = $(Button.class).withClassName("choice").first();
        String title = first.getText();
        test(first).click();
        assertThat(getCurrentView()).isInstanceOf(GuideView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(title);
    }

    @Test
    void not_understood_twice_puts_the_offer_of_a_person_first() {
        start(Language.EN);
        ask("zzqx wibble florp");
        ask("blorptastic frumious");

        Div last = $(Div.class).withClassName("reply").last();
        Div box = (Div) last.getChildren().findFirst().orElseThrow();
        assertThat(box.getChildren().skip(1).findFirst().orElseThrow().getClassNames()).contains("helper-offer");
        assertThat(last.getElement().getTextRecursively()).contains(text("notUnderstood.helper.first"));
    }

    @Test
    void markup_and_script_in_a_question_are_shown_as_text_and_never_rendered() {
        start(Language.EN);
        ask("<script>alert(1)</script><img src=x onerror=alert(2)>");

        String html = getCurrentView().getElement().getOuterHTML();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
        assertThat($(Span.class).withClassName("question-text").single().getText()).contains("<script>");
    }

    @Test
    void a_ten_thousand_character_paste_gets_a_polite_message_and_is_shown_cut_short() {
        start(Language.EN);
        ask("passport ".repeat(1_112));

        assertThat($(Paragraph.class).withText("Your question is very long. Please ask in a few words.").exists()).isTrue();
        assertThat($(Span.class).withClassName("question-text").single().getText()).hasSizeLessThanOrEqualTo(301);
    }

    @Test
    void an_empty_question_gets_a_message_in_the_kiosk_language() {
        start(Language.FR);
        ask("   ");

        assertThat($(Paragraph.class).withText("Écrivez d’abord une question.").exists()).isTrue();
    }

    @Test
    void typing_shows_suggested_questions_as_buttons() {
        start(Language.EN);
        test($(com.vaadin.flow.component.textfield.TextField.class).withClassName("question").single()).setValue("pass");

        assertThat($(Button.class).withClassName("suggestion").all()).isNotEmpty();
    }
}
