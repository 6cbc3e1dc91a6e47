package org.passerelle.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.insights.GapDecision;
import org.passerelle.insights.GapService;
import org.passerelle.insights.GapStatus;
import org.passerelle.insights.InsightsRecorded;
import org.passerelle.kiosk.ClarificationResolved;
import org.passerelle.kiosk.QuestionAnswered;
import org.passerelle.kiosk.QuestionAnswered.Outcome;
import org.passerelle.kiosk.WrongAnswerReported;
import org.passerelle.kiosk.WrongAnswerReported.How;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The content-gap screen as an editor uses it. The questions come the way they do in production, as kiosk events;
 * each test asks about its own animal so that it finds its own group in the shared database.
 */
@RecordApplicationEvents
@WithMockUser(username = "dominique", roles = Roles.EDITOR)
class GapsViewTest extends EditorScreenTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    GapService gaps;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEvents recorded;

    /** A kiosk that did not understand {@code question}, {@code times} times. */
    private void notUnderstood(Language language, String question, int times) {
        for (int i = 0; i < times; i++) {
            clock.advance(Duration.ofSeconds(1));
            events.publishEvent(new QuestionAnswered("gaps-view-kiosk", language, Outcome.NOT_UNDERSTOOD, null, question, clock.instant()));
        }
    }

    /** The list, once what the kiosk published is recorded (insights records on a thread of its own). */
    private GapsView open() {
        InsightsRecorded.await(context);
        return navigate(GapsView.class);
    }

    private Section card(String word) {
        return $(Section.class).withClassName("gap-group").all().stream()
                .filter(s -> s.getElement().getTextRecursively().contains(word)).findFirst().orElseThrow();
    }

    private boolean listed(String word) {
        return $(Section.class).withClassName("gap-group").all().stream()
                .anyMatch(s -> s.getElement().getTextRecursively().contains(word));
    }

    private Button button(Section card, String className) {
        return $(Button.class, card).withClassName(className).single();
    }

    @Test
    void a_group_shows_its_count_how_it_failed_and_redacted_examples() {
        notUnderstood(Language.EN, "permit for my chinchilla", 2);
        notUnderstood(Language.EN, "chinchilla permit, SIN 046 454 286", 1);
        events.publishEvent(new ClarificationResolved("gaps-view-kiosk", Language.EN, null, List.of("sin-apply"),
                "chinchilla permit", clock.instant()));

        open();

        String text = card("chinchilla").getElement().getTextRecursively();
        assertThat(text).contains("4 questions", "not understood: 3", "“None of these”: 1", "English",
                "chinchilla permit, SIN [sin]").doesNotContain("046");
    }

    @Test
    void wrong_and_unsure_answers_show_how_they_failed_and_the_guide_shown_apart_from_not_understood() {
        events.publishEvent(new QuestionAnswered("gaps-view-kiosk", Language.EN, Outcome.GUIDE, "pr-card-renew",
                "renew the health card of my quetzal", true, clock.instant()));
        events.publishEvent(new WrongAnswerReported("gaps-view-kiosk", Language.EN, "pr-card-renew",
                "renew health card quetzal", How.NOT_WHAT_I_ASKED, clock.instant()));
        notUnderstood(Language.EN, "quetzal health card", 1);

        open();

        String text = card("quetzal").getElement().getTextRecursively();
        assertThat(text).contains("wrong guide, said the citizen: 1", "unsure guide (low margin): 1",
                "not understood: 1", "Guide shown: Renew or replace your PR card");
    }

    @Test
    void dismissing_takes_the_group_off_the_list() {
        notUnderstood(Language.EN, "joke about a marmot", 3);
        open();

        test(button(card("marmot"), "dismiss")).click();

        assertThat(listed("marmot")).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Dismissed. Similar questions will not bring it back.");
        assertThat(gaps.groups(Language.EN, GapStatus.DECIDED)).anySatisfy(g -> {
            assertThat(g.examples()).contains("joke about a marmot");
            assertThat(g.decision()).isEqualTo(GapDecision.DISMISSED);
            assertThat(g.decidedBy()).isEqualTo("dominique");
        });
    }

    @Test
    void marking_for_a_new_guide_moves_the_group_to_the_decided_list() {
        notUnderstood(Language.EN, "licence to keep a lemur", 3);
        open();

        test(button(card("lemur"), "needs-new-guide")).click();

        assertThat(listed("lemur")).isFalse();
        test($(Select.class).withClassName("status-filter").single()).selectItem("Decided");
        assertThat(card("lemur").getElement().getTextRecursively()).contains("Needs a new guide by dominique");
    }

    @Test
    void turning_a_group_into_training_phrases_starts_from_the_citizens_words() {
        notUnderstood(Language.EN, "renew zorblpass of my meerkat", 3);
        open();
        Section card = card("meerkat");

        test(button(card, "turn-into-phrases")).click();
        TextArea phrases = $(TextArea.class, card).withClassName("phrases-text").single();
        assertThat(phrases.getValue()).isEqualTo("renew zorblpass of my meerkat");
        test(phrases).setValue("renew zorblpass of my meerkat\nmeerkat zorblpass renewal");
        @SuppressWarnings("unchecked")
        ComboBox<Guide> guide = $(ComboBox.class, card).withClassName("phrases-guide").single();
        test(guide).selectItem("Renew your adult passport");
        test(button(card, "save-phrases")).click();

        assertThat(listed("meerkat")).isFalse();
        assertThat(gaps.trainingPhrasesFor("passport-renewal")).anySatisfy(p -> assertThat(p.phrases())
                .containsExactly("renew zorblpass of my meerkat", "meerkat zorblpass renewal"));
    }

    @Test
    void saving_phrases_without_a_guide_asks_for_one_and_decides_nothing() {
        notUnderstood(Language.EN, "passport for my wallaby", 3);
        open();
        Section card = card("wallaby");

        test(button(card, "turn-into-phrases")).click();
        test(button(card, "save-phrases")).click();

        ComboBox<?> guide = $(ComboBox.class, card).withClassName("phrases-guide").single();
        assertThat(guide.isInvalid()).isTrue();
        assertThat(guide.getErrorMessage()).isEqualTo("Choose the guide first.");
        assertThat(listed("wallaby")).isTrue();
    }

    @Test
    void the_language_filter_shows_one_language() {
        notUnderstood(Language.FR, "permis pour mon tatou", 3);
        notUnderstood(Language.EN, "permit for my armadillo", 3);
        open();

        test($(Select.class).withClassName("language-filter").single()).selectItem("French");

        assertThat(listed("tatou")).isTrue();
        assertThat(listed("armadillo")).isFalse();
    }

    @Test
    void the_screen_speaks_french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        notUnderstood(Language.FR, "carte pour mon hérisson", 3);
        open();

        assertThat(card("hérisson").getElement().getTextRecursively()).contains("3 questions", "pas comprises : 3");
        assertThat($(Button.class, card("hérisson")).withClassName("dismiss").single().getText()).isEqualTo("Écarter");
    }
}
