package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.Language;

/** Life events on the kiosk: from home to the list, to one life event's ordered steps, to a guide; in both languages. */
class KioskLifeEventsTest extends KioskTest {

    @Test
    void home_has_a_life_events_entry_that_lists_them() {
        start(Language.EN);

        RouterLink entry = $(RouterLink.class).withClassName("life-events-link").single();
        assertThat(entry.getElement().getTextRecursively()).contains("Life events");
        assertThat(entry.getHref()).isEqualTo("life-events");

        navigate("life-events", LifeEventsView.class);
        assertThat($(RouterLink.class).withClassName("guide-link").all())
                .extracting(l -> l.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("What to do after a death"))
                .anySatisfy(text -> assertThat(text).contains("Having a baby"));
        assertThat($(RouterLink.class).withClassName("guide-link").all()).extracting(RouterLink::getHref)
                .contains("life-event/after-a-death", "life-event/losing-a-job");
    }

    @Test
    void a_life_event_lists_its_guides_in_order_each_with_why_and_opening_the_guide() {
        start(Language.EN);
        navigate("life-event/after-a-death", LifeEventView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("What to do after a death");
        OrderedList steps = $(OrderedList.class).withClassName("life-event-steps").single();
        assertThat($(RouterLink.class, steps).all()).extracting(RouterLink::getHref)
                .startsWith("guide/death-notify/step/1", "guide/cpp-survivor/step/1", "guide/taxes-deceased/step/1");
        assertThat($(ListItem.class, steps).first().getElement().getTextRecursively())
                .contains("Tell the government about a death", "so payments stop");
    }

    @Test
    void in_french_the_life_event_and_its_guides_are_in_french() {
        start(Language.FR);
        assertThat($(RouterLink.class).withClassName("life-events-link").single().getElement().getTextRecursively())
                .contains("Moments de la vie");
        navigate("life-event/losing-a-job", LifeEventView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Perdre son emploi");
        assertThat($(OrderedList.class).withClassName("life-event-steps").single().getElement().getTextRecursively())
                .contains("Demander l’assurance-emploi (AE)", "Guichet-Emplois");
    }

    @Test
    void an_unknown_life_event_shows_a_way_home_not_an_error() {
        start(Language.EN);
        navigate("life-event/no-such-event", LifeEventView.class);

        assertThat($(H1.class).single().getText()).isEqualTo(text("lifeEvent.notFound"));
    }

    @Test
    void an_answer_that_is_a_step_of_a_life_event_links_to_it() {
        start(Language.EN);
        ask("My husband died, what do I do about his pension?");

        Paragraph mention = $(Paragraph.class).withClassName("life-event-mention").first();
        assertThat(mention.getElement().getTextRecursively()).contains("What to do after a death");
        assertThat($(RouterLink.class, mention).single().getHref()).isEqualTo("life-event/after-a-death");
    }

    @Test
    void the_end_of_a_guide_that_is_a_step_of_a_life_event_leads_to_the_next_step() {
        start(Language.EN);
        navigate("guide/death-notify/done", GuideDoneView.class);

        assertThat($(H2.class).all()).extracting(H2::getText).contains("Next step of \u201cWhat to do after a death\u201d");
        assertThat($(RouterLink.class, $(UnorderedList.class).withClassName("life-event-next").single()).single().getHref())
                .isEqualTo("guide/cpp-survivor/step/1");
    }
}
