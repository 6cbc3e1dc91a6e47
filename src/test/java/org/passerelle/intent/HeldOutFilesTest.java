package org.passerelle.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.Language;

/** The bundled held-out questions: big enough, about guides that exist, and never part of training. */
class HeldOutFilesTest {

    private static final Path KB = Path.of("knowledge-base");

    @Test
    void each_language_has_at_least_300_questions_about_existing_guides_with_out_of_scope_ones() throws Exception {
        KnowledgeBase kb = KnowledgeBaseLoader.load(KB);
        for (Language language : Language.values()) {
            List<HeldOutQuestion> questions = HeldOutQuestions.read(
                    KB.resolve("evaluation/heldout-" + language.code() + ".tsv"));
            assertThat(questions).hasSizeGreaterThanOrEqualTo(300);
            assertThat(questions.stream().filter(HeldOutQuestion::outOfScope).count()).isGreaterThanOrEqualTo(40);
            questions.stream().flatMap(q -> q.expected().stream())
                    .forEach(id -> assertThat(kb.guide(id)).as(language + " " + id).isPresent());
        }
    }

    @Test
    void the_held_out_files_change_nothing_the_classifier_trains_on(@TempDir Path dir) throws IOException {
        Path without = dir.resolve("kb");
        copyWithoutEvaluation(KB, without);
        KnowledgeBase withFiles = KnowledgeBaseLoader.load(KB);
        KnowledgeBase withoutFiles = KnowledgeBaseLoader.load(without);
        for (Language language : Language.values()) {
            assertThat(withFiles.trainingExamples(language)).isEqualTo(withoutFiles.trainingExamples(language));
            Set<String> trained = withFiles.trainingExamples(language).stream()
                    .map(e -> KnowledgeBaseLoader.phraseKey(e.text())).collect(Collectors.toSet());
            List<HeldOutQuestion> questions;
            try {
                questions = HeldOutQuestions.read(KB.resolve("evaluation/heldout-" + language.code() + ".tsv"));
            } catch (HeldOutQuestions.MalformedFileException e) {
                throw new AssertionError(e.getMessage());
            }
            long inTraining = questions.stream()
                    .filter(q -> trained.contains(KnowledgeBaseLoader.phraseKey(q.text()))).count();
            // Written apart from the phrases: a bare keyword or a plain question may coincide with one (the
            // evaluation prints how many), but the set is not a copy of the training phrases.
            assertThat(inTraining).as(language + " held-out questions that are also training phrases")
                    .isLessThan(questions.size() / 5);
        }
    }

    private static void copyWithoutEvaluation(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path rel = from.relativize(p);
                if (rel.startsWith("evaluation")) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
