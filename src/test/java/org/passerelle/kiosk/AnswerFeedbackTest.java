package org.passerelle.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.assistant.Assistant;
import org.passerelle.handoff.Channel;
import org.passerelle.assistant.Conversation;
import org.passerelle.handoff.HandoffService;
import org.passerelle.knowledge.Language;
import org.passerelle.site.Province;
import org.passerelle.site.SiteForm;
import org.passerelle.site.SiteService;
import org.passerelle.site.WeeklyHours;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What the kiosk says about a question it answered: where it was asked (the channel, and the site of the kiosk as the
 * register knows it). Same configuration as the other application tests (one shared context and database).
 */
@SpringBootTest
@Import(MutableClock.Config.class)
@RecordApplicationEvents
class AnswerFeedbackTest {

    @Autowired
    AnswerFeedback feedback;

    @Autowired
    Assistant assistant;

    @Autowired
    HandoffService handoff;

    @Autowired
    SiteService sites;

    @Autowired
    ApplicationEvents events;

    private QuestionAnswered published() {
        List<QuestionAnswered> answered = events.stream(QuestionAnswered.class).toList();
        assertThat(answered).hasSize(1);
        return answered.getFirst();
    }

    @Test
    void a_question_at_a_kiosk_placed_at_a_site_is_published_with_that_site_and_the_kiosk_channel() {
        String kiosk = "feedback-" + UUID.randomUUID().toString().substring(0, 8);
        handoff.registerKiosk(kiosk, "Kiosk " + kiosk, "Entrance");
        long site = Admins.as("root-admin", () -> sites.createSite(new SiteForm("Feedback branch " + kiosk, "",
                "America/Toronto", Province.NB, Set.of(Language.EN), WeeklyHours.parse(Map.of()),
                WeeklyHours.parse(Map.of()), List.of(), "Ask at the desk", "Demandez au comptoir"))).info().id();
        handoff.placeKiosk(kiosk, site);

        feedback.ask(new Conversation(assistant), kiosk, "renew my passport", Language.EN);

        QuestionAnswered answered = published();
        assertThat(answered.channel()).isEqualTo(Channel.KIOSK);
        assertThat(answered.siteId()).isEqualTo(site);
        assertThat(answered.kioskId()).isEqualTo(kiosk);
    }

    @Test
    void a_question_from_a_browser_that_is_no_registered_kiosk_has_no_site() {
        feedback.ask(new Conversation(assistant), "(unenrolled)", "renew my passport", Language.EN);

        assertThat(published().siteId()).isNull();
    }

    @Test
    void a_question_on_another_channel_carries_that_channel_and_the_site_its_caller_gave() {
        feedback.ask(new Conversation(assistant), Channel.WEB, "web-conversation-1", 1L, "renew my passport",
                Language.EN);

        QuestionAnswered answered = published();
        assertThat(answered.channel()).isEqualTo(Channel.WEB);
        assertThat(answered.siteId()).isEqualTo(1L);
        assertThat(Channel.WEB.marker()).isEqualTo("web:");
    }
}
