package org.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.knowledge.SampleKnowledgeBase;

class CommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void only_known_command_names_bypass_the_web_application() {
        assertThat(Commands.isCommand(new String[] {"evaluate-intents"})).isTrue();
        assertThat(Commands.isCommand(new String[] {"--server.port=9090"})).isFalse();
        assertThat(Commands.isCommand(new String[0])).isFalse();
    }

    @Test
    void help_lists_the_commands() {
        assertThat(run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("evaluate-intents", "evaluate-knowledge-base", "evaluate-search",
                "train-intent-model");
    }

    @Test
    void a_command_with_a_missing_file_fails_with_a_clear_line_and_exit_code_2() {
        assertThat(run("evaluate-search", "--queries", "no/such/file.tsv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no/such/file.tsv").doesNotContain("Exception");
    }

    @Test
    void train_intent_model_stores_the_model_of_a_knowledge_base_folder_and_needs_an_output_folder(@TempDir Path root)
            throws IOException {
        Path knowledgeBase = SampleKnowledgeBase.write(root.resolve("kb"));
        assertThat(run("train-intent-model", "--knowledge-base", knowledgeBase.toString(),
                "--output", root.resolve("models").toString())).isZero();
        try (Stream<Path> stored = Files.list(root.resolve("models"))) {
            assertThat(stored.map(p -> p.getFileName().toString()).toList())
                    .singleElement().asString().endsWith(".intent-model");
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("stored in");

        assertThat(run("train-intent-model", "--knowledge-base", knowledgeBase.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing --output");
    }
}
