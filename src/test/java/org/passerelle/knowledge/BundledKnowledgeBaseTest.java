package org.passerelle.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The content shipped in {@code knowledge-base/} loads and is as complete as a kiosk needs. */
class BundledKnowledgeBaseTest {

    static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeBaseLoader.load(Path.of("knowledge-base"));
    }

    @Test
    void covers_at_least_thirty_guides_with_both_languages_and_fifteen_questions_each() {
        assertThat(kb.guides()).hasSizeGreaterThanOrEqualTo(30);
        for (Guide g : kb.guides()) {
            for (Language l : Language.values()) {
                GuideText t = g.text(l);
                assertThat(t.questions()).as(g.id() + " " + l).hasSizeGreaterThanOrEqualTo(15);
                assertThat(t.steps()).as(g.id() + " " + l).isNotEmpty();
                assertThat(t.lastReviewed()).as(g.id() + " " + l).isBefore(LocalDate.of(2100, 1, 1));
                assertThat(t.officialLink().getHost()).as(g.id() + " " + l).isNotBlank();
            }
        }
    }

    @Test
    void covers_what_people_most_often_come_to_a_kiosk_for() {
        assertThat(kb.guidesById()).containsKeys("passport-first", "passport-renewal", "sin-apply", "ei-apply",
                "cpp-apply", "oas-apply", "gis-apply", "ccb-apply", "taxes-file", "tax-clinic", "gst-credit",
                "msca-signin", "cra-my-account", "change-address", "replace-lost-documents", "citizenship-apply",
                "pr-card-renew", "job-bank", "student-aid", "dental-care", "report-scam", "email-create",
                "password-strong", "scan-document", "kiosk-use", "free-internet", "help-in-person");
    }

    @Test
    void offers_the_life_events_people_go_through_each_with_at_least_three_steps_in_both_languages() {
        assertThat(kb.lifeEvents()).extracting(LifeEvent::id).contains("after-a-death", "having-a-baby",
                "arriving-in-canada", "losing-a-job", "turning-65", "moving", "separating");
        for (LifeEvent event : kb.lifeEvents()) {
            for (Language l : Language.values()) {
                assertThat(event.text(l).steps()).as(event.id() + " " + l).hasSizeGreaterThanOrEqualTo(3);
            }
        }
        assertThat(kb.lifeEvent("after-a-death").orElseThrow().guideIds())
                .startsWith("death-notify", "cpp-survivor", "taxes-deceased");
    }

    @Test
    void every_topic_has_guides_and_every_system_intent_has_phrases_in_both_languages() {
        for (Topic topic : kb.topics()) {
            assertThat(kb.guidesInTopic(topic.id())).as(topic.id()).isNotEmpty();
        }
        for (Language l : Language.values()) {
            for (SystemIntent intent : SystemIntent.values()) {
                assertThat(kb.systemPhrases(intent, l)).as(intent + " " + l).hasSizeGreaterThanOrEqualTo(20);
            }
            assertThat(kb.systemPhrases(SystemIntent.OUT_OF_SCOPE, l)).hasSizeGreaterThanOrEqualTo(100);
            assertThat(kb.synonyms(l)).isNotEmpty();
        }
    }
}
