package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.List;
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

    // ---- What a guide has: read aloud and take-away ---------------------------------------------------------

    /** The scripts the browser would run after this round trip, each element's own included. */
    private static List<PendingJavaScriptInvocation> scriptsSent() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations();
    }

    @Test
    void read_this_aloud_reads_the_referral_card_alone_in_the_kiosks_language() {
        start(Language.EN);
        ask("renew my passport");
        ask("renew my health card");
        Div card = $(Div.class).withClassName("referral-card").single();
        scriptsSent();

        test($(Button.class).withClassName("referral-read-aloud").single()).click();

        // Read aloud starts on the card's element (not the whole conversation), with the language as the fallback.
        assertThat(scriptsSent()).filteredOn(c -> c.getInvocation().getExpression().contains("passerelle.speak"))
                .singleElement().satisfies(c -> {
                    assertThat(c.getOwner()).isSameAs(card.getElement().getNode());
                    assertThat(c.getInvocation().getParameters()).contains("en");
                });
        assertThat(card.getElement().getTextRecursively()).doesNotContain("renew my passport");
    }

    @Test
    void take_it_with_you_gives_the_office_as_a_qr_code_and_on_paper_with_nothing_typed() {
        start(Language.EN);
        ask("my name is Jeanne, renew my health card");

        test($(Button.class).withClassName("referral-take-away").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ReferralTakeAwayView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Take it with you");
        String html = getCurrentView().getElement().getOuterHTML();
        assertThat(html).contains("<svg", "role=\"img\"", "https://www.ontario.ca/").doesNotContain("Jeanne");
        Section printable = $(Section.class).withClassName("printable").single();
        assertThat(printable.getElement().getTextRecursively()).contains("Health card", "Who runs it: ServiceOntario",
                "Official page: https://www.ontario.ca/", text("takeAway.footer"));
        assertThat($(Button.class).withText("Print where to go").exists()).isTrue();
    }

    @Test
    void back_from_the_take_away_shows_the_card_again() {
        start(Language.EN);
        ask("renew my health card");
        test($(Button.class).withClassName("referral-take-away").single()).click();

        test($(Button.class).withText("Back to my questions").single()).click();

        assertThat(getCurrentView()).isInstanceOf(AskView.class);
        assertThat($(Div.class).withClassName("referral-card").exists()).isTrue();
    }

    @Test
    void the_take_away_is_in_french_on_a_french_kiosk() {
        start(Language.FR);
        ask("carte soleil");

        test($(Button.class).withText("Emporter l’information").single()).click();

        assertThat($(H1.class).single().getText()).isEqualTo("Emporter l’information");
        assertThat($(Section.class).withClassName("printable").single().getElement().getTextRecursively())
                .contains("Carte santé", "Qui s’en occupe : ServiceOntario", "Page officielle : https://www.ontario.ca/");
        assertThat($(Button.class).withText("Imprimer où aller").exists()).isTrue();
    }

    @Test
    void an_unknown_referral_in_the_address_gets_a_plain_not_found() {
        start(Language.EN);

        navigate("referral/no-such-office/take-away", ReferralTakeAwayView.class);

        assertThat($(H1.class).single().getText()).isEqualTo(text("referral.notFound"));
    }
}
