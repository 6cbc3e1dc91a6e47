package org.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("evaluate-intents", "evaluate-knowledge-base", "evaluate-search");
    }

    @Test
    void a_command_with_a_missing_file_fails_with_a_clear_line_and_exit_code_2() {
        assertThat(run("evaluate-search", "--queries", "no/such/file.tsv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no/such/file.tsv").doesNotContain("Exception");
    }
}
