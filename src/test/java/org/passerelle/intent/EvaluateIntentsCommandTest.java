package org.passerelle.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateIntentsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static String file(String name) {
        try {
            return Path.of(EvaluateIntentsCommandTest.class.getResource("/intent/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private int run(String... args) {
        return EvaluateIntentsCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void with_a_validation_file_the_threshold_is_chosen_there_and_every_figure_is_printed() {
        int code = run("--train", file("train.tsv"), "--test", file("test.tsv"), "--validation", file("validation.tsv"));
        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("Out-of-scope threshold:", "chosen on " + file("validation.tsv"), "criterion:",
                "In-scope accuracy:", "Out-of-scope recall:", "Out-of-scope precision:", "Macro-F1:",
                "Training time:", "Classification latency: p50");
        assertThat(out()).contains("Test: " + file("test.tsv") + " (6 in-scope, 3 out-of-scope lines)");
        assertThat(err()).isEmpty();
    }

    @Test
    void without_a_validation_file_a_held_out_part_of_the_training_file_chooses_the_threshold() {
        int code = run("--train", file("train.tsv"), "--test", file("test.tsv"), "--oos-label", "oos",
                "--language", "en");
        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("chosen on a stratified 1/7 of " + file("train.tsv"), "retrained on all of it");
    }

    @Test
    void the_small_set_is_learned_well_enough_to_mean_something() {
        run("--train", file("train.tsv"), "--test", file("test.tsv"), "--validation", file("validation.tsv"));
        String accuracy = out().lines().filter(l -> l.startsWith("In-scope accuracy:")).findFirst().orElseThrow();
        double percent = Double.parseDouble(accuracy.replaceAll("[^0-9.]", ""));
        assertThat(percent).isGreaterThanOrEqualTo(50.0);
    }

    @Test
    void a_line_without_a_tab_is_reported_with_its_file_and_line_and_exit_code_2() {
        int code = run("--train", file("missing-tab.tsv"), "--test", file("test.tsv"));
        assertThat(code).isEqualTo(2);
        assertThat(err()).contains(file("missing-tab.tsv") + ":3: no tab").doesNotContain("Exception", "\tat ");
        assertThat(out()).isEmpty();
    }

    @Test
    void an_empty_label_an_empty_text_or_bytes_that_are_not_utf8_are_reported_by_line() {
        assertThat(run("--train", file("train.tsv"), "--test", file("empty-label.tsv"))).isEqualTo(2);
        assertThat(err()).contains(file("empty-label.tsv") + ":2: empty label");
        assertThat(run("--train", file("empty-text.tsv"), "--test", file("test.tsv"))).isEqualTo(2);
        assertThat(err()).contains(file("empty-text.tsv") + ":2: empty text");
        assertThat(run("--train", file("not-utf8.tsv"), "--test", file("test.tsv"))).isEqualTo(2);
        assertThat(err()).contains(file("not-utf8.tsv") + ":2: not valid UTF-8");
    }

    @Test
    void a_test_file_without_out_of_scope_lines_is_refused_because_recall_needs_them() {
        assertThat(run("--train", file("train.tsv"), "--test", file("test-without-oos.tsv"))).isEqualTo(2);
        assertThat(err()).contains(file("test-without-oos.tsv") + ": no line labelled \"oos\"");
    }

    @Test
    void a_missing_file_an_unknown_option_or_a_missing_argument_is_a_clear_error(@TempDir Path dir) {
        assertThat(run("--train", dir.resolve("nope.tsv").toString(), "--test", file("test.tsv"))).isEqualTo(2);
        assertThat(err()).contains("nope.tsv: file not found");
        assertThat(run("--train", file("train.tsv"), "--test", file("test.tsv"), "--fast", "yes")).isEqualTo(2);
        assertThat(err()).contains("unknown option --fast");
        assertThat(run("--train", file("train.tsv"))).isEqualTo(2);
        assertThat(err()).contains("missing --test");
        assertThat(run("--train", file("train.tsv"), "--test")).isEqualTo(2);
        assertThat(err()).contains("--test needs a value");
        assertThat(run("--train", file("train.tsv"), "--test", file("test.tsv"), "--language", "de")).isEqualTo(2);
        assertThat(err()).contains("--language must be en or fr").doesNotContain("Exception");
    }
}
