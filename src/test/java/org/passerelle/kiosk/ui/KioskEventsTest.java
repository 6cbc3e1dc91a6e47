package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.passerelle.kiosk.ClarificationResolved;
import org.passerelle.kiosk.QuestionAnswered;
import org.passerelle.kiosk.QuestionAnswered.Outcome;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

/** What the conversation tells other features (the editors' content gaps): every answer, every "did you mean…?". */
class KioskEventsTest extends KioskTest {

    @Autowired
    ApplicationEvents events;

    @Test
    void every_question_is_published_with_its_outcome_and_the_kiosk_it_came_from() {
        start(Language.EN);
        ask("zzqx wibble florp");

        assertThat(events.stream(QuestionAnswered.class)).singleElement().satisfies(e -> {
            assertThat(e.kioskId()).isEqualTo("kiosk-1");
            assertThat(e.outcome()).isEqualTo(Outcome.NOT_UNDERSTOOD);
            assertThat(e.question()).isEqualTo("zzqx wibble florp");
            assertThat(e.guideId()).isNull();
            assertThat(e.at()).as("stamped by the service, with the application's clock").isEqualTo(clock.instant());
        });
    }

    @Test
    void a_guide_answer_names_the_guide() {
        start(Language.EN);
        ask("renew my passport");

        assertThat(events.stream(QuestionAnswered.class)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.GUIDE);
            assertThat(e.guideId()).isEqualTo("passport-renewal");
        });
    }

    @Test
    void none_of_these_is_published_with_the_question_and_the_guides_offered() {
        start(Language.EN);
        ask("passport");
        int offered = $(Button.class).withClassName("choice").all().size();

        test($(Button.class).withText("None of these").single()).click();

        assertThat(events.stream(QuestionAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.CLARIFICATION));
        assertThat(events.stream(ClarificationResolved.class)).singleElement().satisfies(e -> {
            assertThat(e.noneChosen()).isTrue();
            assertThat(e.question()).isEqualTo("passport");
            assertThat(e.candidates()).hasSize(offered);
        });
    }

    @Test
    void choosing_a_guide_is_published_with_the_guide_chosen() {
        start(Language.EN);
        ask("passport");

        test($(Button.class).withClassName("choice").first()).click();

        assertThat(events.stream(ClarificationResolved.class)).singleElement().satisfies(e -> {
            assertThat(e.chosenGuideId()).isNotNull().isEqualTo(e.candidates().getFirst());
            assertThat(e.language()).isEqualTo(Language.EN);
        });
    }
}
