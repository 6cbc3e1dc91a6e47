package org.passerelle.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.LabeledText;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.SampleKnowledgeBase;

/** A restart, a roll-back or another test context on the same phrases loads the model instead of training it. */
class TrainedModelsTest {

    @TempDir
    Path root;

    private final IntentSettings settings = IntentSettings.defaults();

    private KnowledgeBase sample() {
        return KnowledgeBaseLoader.load(SampleKnowledgeBase.write(root.resolve("kb")));
    }

    private static Supplier<IntentModel> mustNotTrain() {
        return () -> {
            throw new AssertionError("trained again although a model for these phrases was kept");
        };
    }

    @Test
    void a_model_stored_in_its_folder_is_loaded_by_the_next_start_and_ranks_every_phrase_as_the_trained_one() {
        KnowledgeBase knowledgeBase = sample();
        Path folder = root.resolve("models");
        TrainedModels.Obtained first = TrainedModels.onlyIn(folder).get(knowledgeBase, settings);
        TrainedModels.Obtained next = TrainedModels.onlyIn(folder).get(knowledgeBase, settings,
                mustNotTrain());

        assertThat(first.origin()).isEqualTo(TrainedModels.Origin.TRAINED);
        assertThat(next.origin()).isEqualTo(TrainedModels.Origin.FILE);
        for (Language language : Language.values()) {
            List<LabeledText> phrases = knowledgeBase.trainingExamples(language);
            assertThat(phrases).isNotEmpty();
            for (LabeledText phrase : Stream.concat(phrases.stream(),
                    Stream.of(new LabeledText("", "pasport renwal"), new LabeledText("", ""))).toList()) {
                assertThat(next.model().classify(phrase.text(), language))
                        .as(phrase.text()).isEqualTo(first.model().classify(phrase.text(), language));
            }
            assertThat(next.model().classifier(language).algorithm())
                    .isEqualTo(first.model().classifier(language).algorithm());
        }
    }

    @Test
    void the_model_the_production_build_ships_is_loaded_by_a_first_start_on_the_same_phrases_and_only_on_them()
            throws IOException {
        KnowledgeBase knowledgeBase = sample();
        Path classPath = root.resolve("classes");
        Path file = TrainedModels.store(knowledgeBase, settings, classPath.resolve(TrainedModels.BUNDLED_FOLDER));
        assertThat(file).isRegularFile();
        try (URLClassLoader jar = new URLClassLoader(new URL[] {classPath.toUri().toURL()}, null)) {
            TrainedModels.Obtained shipped = TrainedModels.onlyBundledIn(jar).get(knowledgeBase, settings, mustNotTrain());
            assertThat(shipped.origin()).isEqualTo(TrainedModels.Origin.BUNDLED);
            assertThat(shipped.model().classify("pasport renwal", Language.EN))
                    .isEqualTo(TrainedModels.inMemory().get(knowledgeBase, settings).model().classify("pasport renwal", Language.EN));

            SampleKnowledgeBase.replaceIn(root.resolve("kb"), "guides/job-bank/fr.md", "emploi", "travail");
            KnowledgeBase edited = KnowledgeBaseLoader.load(root.resolve("kb"));
            assertThat(TrainedModels.onlyBundledIn(jar).get(edited, settings).origin())
                    .as("an edited knowledge base is trained, not given the shipped model")
                    .isEqualTo(TrainedModels.Origin.TRAINED);
        }
    }

    @Test
    void the_same_phrases_in_another_spring_context_of_the_jvm_are_not_trained_again() {
        KnowledgeBase knowledgeBase = sample();
        TrainedModels.inMemory().get(knowledgeBase, settings);
        assertThat(TrainedModels.inMemory().get(knowledgeBase, settings, mustNotTrain()).origin())
                .isEqualTo(TrainedModels.Origin.MEMORY);
    }

    @Test
    void a_changed_phrase_or_a_changed_setting_is_trained_again() {
        KnowledgeBase knowledgeBase = sample();
        String key = TrainedModels.key(knowledgeBase, settings);
        SampleKnowledgeBase.replaceIn(root.resolve("kb"), "guides/job-bank/fr.md", "emploi", "travail");
        KnowledgeBase edited = KnowledgeBaseLoader.load(root.resolve("kb"));

        assertThat(TrainedModels.key(edited, settings)).isNotEqualTo(key);
        assertThat(TrainedModels.key(knowledgeBase, IntentSettings.of(Map.of("training.l2-cost", "0.5"))))
                .isNotEqualTo(key);
        assertThat(TrainedModels.key(knowledgeBase, settings.withoutCharNgrams())).isNotEqualTo(key);
        assertThat(TrainedModels.key(sample(), settings)).as("the same phrases").isEqualTo(key);
    }

    @Test
    void a_stored_file_that_cannot_be_read_is_trained_again_and_replaced() throws IOException {
        KnowledgeBase knowledgeBase = sample();
        Path folder = root.resolve("models");
        TrainedModels.onlyIn(folder).get(knowledgeBase, settings);
        Path file;
        try (Stream<Path> files = Files.list(folder)) {
            file = files.findFirst().orElseThrow();
        }
        Files.write(file, new byte[] {1, 2, 3});

        assertThat(TrainedModels.onlyIn(folder).get(knowledgeBase, settings).origin())
                .isEqualTo(TrainedModels.Origin.TRAINED);
        assertThat(TrainedModels.onlyIn(folder).get(knowledgeBase, settings, mustNotTrain()).origin())
                .isEqualTo(TrainedModels.Origin.FILE);
    }
}
