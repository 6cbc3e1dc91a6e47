package org.passerelle.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.knowledge.SampleKnowledgeBase;

class EvaluateKnowledgeBaseCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EvaluateKnowledgeBaseCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /**
     * On the two-guide sample: the report has the same shape on any knowledge base (KnowledgeBaseCrossValidationTest
     * measures the bundled one), and the sample is cross-validated in a second instead of tens.
     */
    @Test
    void a_knowledge_base_is_cross_validated_per_language_with_a_recommended_threshold(@TempDir Path dir) {
        Path knowledgeBase = SampleKnowledgeBase.write(dir.resolve("kb"));
        int code = run("--knowledge-base", knowledgeBase.toString(), "--folds", "2", "--seed", "7");
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("2-fold stratified cross-validation, seed 7", "[en]", "[fr]", "top-1 accuracy:",
                "most confused label pairs:", "confused phrases, most confident first (phrase, expected, got):",
                "wrong-answer rate at threshold", "expected calibration error of those answers (10 bins):",
                "Gap between languages:",
                "Recommended passerelle.intent.out-of-scope-threshold=");
    }

    @Test
    void a_missing_folder_or_a_bad_option_is_one_clear_line_and_exit_code_2(@TempDir Path dir) throws Exception {
        assertThat(run("--knowledge-base", dir.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nowhere").doesNotContain("Exception", "\tat ");
        assertThat(run("--folds", "one")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--folds must be a positive whole number");
        assertThat(run("--folds", "1")).isEqualTo(2);
        assertThat(run("--verbose", "yes")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --verbose");
    }

    @Test
    void a_malformed_knowledge_base_is_reported_with_its_file_and_line(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("topics.tsv"), "id\ticon\n");
        assertThat(run("--knowledge-base", dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("topics.tsv:1:");
    }
}
