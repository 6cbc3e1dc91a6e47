package org.passerelle.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.knowledge.SampleKnowledgeBase.replaceIn;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.knowledge.KnowledgeBaseProblem.Type;

/** One read of a whole knowledge base lists every problem, each with its file and line. */
class KnowledgeBaseCheckTest {

    @TempDir
    Path root;

    @BeforeEach
    void writeSample() {
        SampleKnowledgeBase.write(root);
    }

    @Test
    void mistakes_in_several_files_are_all_listed_with_their_file_and_line_the_first_as_the_message() {
        replaceIn(root, "guides/job-bank/fr.md", "summary:", "sumary:");
        replaceIn(root, "guides/passport-renewal/en.md", "topic: id-documents", "topic: weather");
        replaceIn(root, "guides/passport-renewal/fr.md", "topic: id-documents", "topic: weather");
        SampleKnowledgeBase.write(root, "system/thanks/fr.txt", "# none yet\n");
        replaceIn(root, "synonyms/fr.txt", "ae, assurance emploi", "ae");

        KnowledgeBaseCheck check = new KnowledgeBaseFiles(copyOf(root)).check();

        assertThat(check.valid()).isFalse();
        assertThat(check.knowledgeBase()).isNull();
        assertThat(check.problems()).extracting(KnowledgeBaseProblem::where, KnowledgeBaseProblem::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("guides/job-bank/fr.md:4", Type.FORMAT),
                        org.assertj.core.groups.Tuple.tuple("guides/job-bank/fr.md:8", Type.MISSING_FIELD),
                        org.assertj.core.groups.Tuple.tuple("guides/passport-renewal/en.md:5", Type.UNKNOWN_TOPIC),
                        org.assertj.core.groups.Tuple.tuple("guides/passport-renewal/fr.md:5", Type.UNKNOWN_TOPIC),
                        org.assertj.core.groups.Tuple.tuple("system/thanks/fr.txt", Type.FORMAT),
                        org.assertj.core.groups.Tuple.tuple("synonyms/fr.txt:1", Type.FORMAT));
        assertThat(check.guide("passport-renewal")).as("a guide that parsed, for its text").isPresent();
        assertThat(check.guide("job-bank")).isEmpty();
        assertThatThrownBy(check::orThrow).isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith("guides/job-bank/fr.md:4: unknown field \"sumary\"")
                .satisfies(e -> assertThat(((KnowledgeBaseException) e).problems()).isEqualTo(check.problems()));
    }

    @Test
    void a_valid_knowledge_base_has_no_problem_and_is_the_loaders() {
        KnowledgeBaseCheck check = KnowledgeBaseFiles.read(root).check();

        assertThat(check.problems()).isEmpty();
        assertThat(check.orThrow().guides()).extracting(Guide::id).containsExactly("job-bank", "passport-renewal");
    }

    @Test
    void a_guide_with_thousands_of_questions_parses_and_a_repeated_one_is_still_found() {
        StringBuilder questions = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            questions.append("- how do I renew passport number ").append(i).append('\n');
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, guide(language, questions.toString()));
        }

        Guide guide = KnowledgeBaseLoader.parseGuide("big", texts);

        assertThat(guide.text(Language.EN).questions()).hasSize(20_000)
                .endsWith("how do I renew passport number 19999");
        texts.put(Language.FR, guide(Language.FR, questions + "- How do I renew passport, number 17!\n"));
        assertThatThrownBy(() -> KnowledgeBaseLoader.parseGuide("big", texts))
                .hasMessage("guides/big/fr.md:" + (13 + 20_000) + ": the question \"How do I renew passport, number 17!\""
                        + " repeats line " + (13 + 17));
    }

    private static String guide(Language language, String questions) {
        return """
                ---
                id: big
                title: A big guide
                summary: Many questions.
                topic: work
                official-link: https://example.org/big
                last-reviewed: 2026-11-20
                ---

                ## Step: Do it
                Do the thing.
                ## Questions
                """.replace("## Step:", language == Language.FR ? "## Étape :" : "## Step:") + questions;
    }

    /** The sample folder's files as texts, read without validating them. */
    private static Map<String, String> copyOf(Path root) {
        Map<String, String> texts = new java.util.TreeMap<>();
        try (var files = java.nio.file.Files.walk(root)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                texts.put(root.relativize(file).toString().replace('\\', '/'), java.nio.file.Files.readString(file));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return texts;
    }
}
