package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.Language;

/** The referral card: who runs the service for the kiosk's province, the official page, and a person to ask. */
class KioskReferralTest extends KioskTest {

    @Test
    void a_health_card_question_shows_the_referral_card_for_the_sites_province_with_a_person_offered() {
        start(Language.EN);
        ask("renew my health card");

        Div card = $(Div.class).withClassName("referral-card").single();
        assertThat($(H2.class).withText("Health card").exists()).isTrue();
        // The default site is in Ontario.
        assertThat($(Paragraph.class).withClassName("referral-who").single().getText())
                .isEqualTo("Who runs it: ServiceOntario");
        Anchor official = $(Anchor.class).withClassName("official-link").single();
        assertThat(official.getHref()).startsWith("https://www.ontario.ca/");
        assertThat(official.getElement().getAttribute("rel")).contains("noopener");
        assertThat(card.getElement().getTextRecursively()).contains(text("referral.helper"));

        test($(Button.class).withText(text("layout.help")).last()).click();
        assertThat(getCurrentView()).isInstanceOf(HelpView.class);
    }

    @Test
    void the_card_is_in_french_on_a_french_kiosk() {
        start(Language.FR);
        ask("carte soleil");

        assertThat($(H2.class).withText("Carte santé").exists()).isTrue();
        assertThat($(Anchor.class).withClassName("official-link").single().getText()).isEqualTo("Ouvrir la page officielle");
    }

    @Test
    void a_guide_that_shares_the_words_is_offered_under_the_card() {
        start(Language.EN);
        ask("change address on my health card");

        assertThat($(Div.class).withClassName("referral-card").exists()).isTrue();
        assertThat($(H2.class).withText(text("referral.also")).exists()).isTrue();
        test($(Button.class).withClassName("choice").first()).click();
        assertThat(getCurrentView()).isInstanceOf(GuideView.class);
    }
}
