package org.passerelle.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.SystemIntent;

class IntentServiceTest {

    /** Training a few guides takes well under a second; the limit is for a busy machine. */
    private static final Duration TRAINING_LIMIT = Duration.ofMinutes(3);

    private static KnowledgeBase bundled;
    // Tests that only read share one service: training on the bundled knowledge base takes a few seconds.
    private static IntentService shared;

    @BeforeAll
    static void load() {
        bundled = KnowledgeBaseLoader.load(Path.of("knowledge-base"));
        shared = serviceOn(bundled);
    }

    private static IntentService serviceOn(KnowledgeBase knowledgeBase) {
        KnowledgeService knowledge = mock(KnowledgeService.class);
        when(knowledge.current()).thenReturn(knowledgeBase);
        return new IntentService(knowledge, IntentSettings.defaults(), TrainedModels.inMemory());
    }

    @Test
    void the_service_is_ready_to_classify_both_languages_as_soon_as_it_is_built() {
        IntentService service = shared;
        IntentPrediction english = service.classify("I need to renew my passport", Language.EN);
        IntentPrediction french = service.classify("je dois renouveler mon passeport", Language.FR);
        assertThat(english.top().label()).isEqualTo("passport-renewal");
        assertThat(french.top().label()).isEqualTo("passport-renewal");
        assertThat(service.decide(english)).isEqualTo("passport-renewal");
    }

    @Test
    void citizen_who_types_pasport_renwal_gets_the_passport_guide() {
        IntentService service = shared;
        assertThat(service.decide(service.classify("pasport renwal", Language.EN))).isEqualTo("passport-renewal");
    }

    @Test
    void gibberish_and_empty_text_are_out_of_scope() {
        IntentService service = shared;
        for (String text : List.of("", "😀😀", "\u0000\u0007", "qwzx vbnm plkj")) {
            assertThat(service.decide(service.classify(text, Language.EN))).as(text)
                    .isEqualTo(SystemIntent.OUT_OF_SCOPE.label());
        }
    }

    @Test
    void a_changed_knowledge_base_replaces_the_model_as_a_whole() throws InterruptedException {
        IntentService service = serviceOn(bundled);
        KnowledgeBase smaller = subset(0, 2);
        Runnable swap = service.prepare(smaller);
        assertThat(service.classify("anything", Language.FR).ranked()).as("the model in force until the swap")
                .hasSizeGreaterThan(2 + SystemIntent.values().length);
        swap.run();
        assertThat(service.awaitTrainedModel(TRAINING_LIMIT)).isTrue();
        List<String> labels = service.classify("anything", Language.FR).ranked().stream()
                .map(ScoredLabel::label).toList();
        assertThat(labels).hasSize(2 + SystemIntent.values().length)
                .contains(bundled.guides().get(0).id(), bundled.guides().get(1).id());
    }

    @Test
    void a_publication_answers_with_the_nearest_phrases_at_once_and_the_trained_model_follows()
            throws InterruptedException {
        IntentService service = serviceOn(bundled);
        KnowledgeBase next = subset(2, 5);
        service.prepare(next).run();
        assertThat(service.learning()).as("nothing was trained on these phrases before: the model trains").isTrue();
        String guide = next.guides().get(1).id();
        String phrase = next.trainingExamples(Language.EN).stream().filter(e -> e.label().equals(guide))
                .findFirst().orElseThrow().text();
        assertThat(service.classify(phrase, Language.EN).top().label()).as("the new guides answer at once")
                .isEqualTo(guide);
        assertThat(service.classify("renew my passport", Language.EN).ranked()).as("the old guides are gone")
                .extracting(ScoredLabel::label).doesNotContain("passport-renewal");

        assertThat(service.awaitTrainedModel(TRAINING_LIMIT)).isTrue();
        assertThat(service.learning()).isFalse();
        assertThat(service.classify(phrase, Language.EN).ranked()).as("the trained model ranks every label")
                .hasSize(3 + SystemIntent.values().length);
        assertThat(service.classify(phrase, Language.EN).top().label()).isEqualTo(guide);
    }

    @Test
    void publications_faster_than_training_end_with_the_last_ones_model() throws InterruptedException {
        IntentService service = serviceOn(bundled);
        KnowledgeBase first = subset(5, 8);
        KnowledgeBase last = subset(8, 10);
        service.prepare(first).run();
        service.prepare(last).run();
        assertThat(service.awaitTrainedModel(TRAINING_LIMIT)).isTrue();
        assertThat(service.classify("anything", Language.EN).ranked()).extracting(ScoredLabel::label)
                .hasSize(2 + SystemIntent.values().length)
                .contains(last.guides().get(0).id(), last.guides().get(1).id())
                .doesNotContain(first.guides().get(0).id());
    }

    @Test
    void a_publication_of_phrases_trained_on_before_puts_that_model_in_force_without_training() {
        IntentService service = serviceOn(bundled);
        service.prepare(bundled).run();
        assertThat(service.learning()).isFalse();
        assertThat(service.classify("renew my passport", Language.EN).top().label()).isEqualTo("passport-renewal");
    }

    private static KnowledgeBase subset(int from, int to) {
        return new KnowledgeBase(bundled.topics(), bundled.guides().subList(from, to), bundled.systemPhrases(),
                bundled.synonyms());
    }

    @Test
    void a_knowledge_base_that_cannot_be_trained_on_leaves_the_previous_model_in_force() {
        IntentService service = serviceOn(bundled);
        KnowledgeBase empty = new KnowledgeBase(List.of(), List.of(), Map.of(), Map.of());
        service.prepare(empty).run();
        assertThat(service.classify("renew my passport", Language.EN).top().label()).isEqualTo("passport-renewal");
    }

    @Test
    void language_detection_uses_the_kiosk_language_as_prior() {
        IntentService service = shared;
        assertThat(service.detectLanguage("merci", Language.EN).language()).isEqualTo(Language.EN);
        assertThat(service.detectLanguage("je voudrais renouveler mon passeport", Language.EN).language())
                .isEqualTo(Language.FR);
    }
}
