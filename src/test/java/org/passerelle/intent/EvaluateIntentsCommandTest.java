package org.passerelle.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
                "wrong-answer rate at threshold", "expected calibration error of those answers (10 bins):",
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
        double percent = Double.parseDouble(accuracy.replaceAll("^In-scope accuracy: +([0-9.]+)%.*", "$1"));
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

    private Matcher line(String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(out());
        assertThat(matcher.find()).as(out()).isTrue();
        return matcher;
    }

    @Test
    void the_training_time_printed_is_the_final_models_own_whichever_way_the_threshold_is_chosen() {
        for (boolean withValidation : new boolean[] {true, false}) {
            out.reset();
            int code = withValidation
                    ? run("--train", file("train.tsv"), "--test", file("test.tsv"), "--validation", file("validation.tsv"))
                    : run("--train", file("train.tsv"), "--test", file("test.tsv"));
            assertThat(code).as(err()).isZero();
            Matcher time = line("Training time: +([0-9.]+) s \\(final model\\), ([0-9.]+) s including threshold choice");
            double finalModel = Double.parseDouble(time.group(1));
            double total = Double.parseDouble(time.group(2));
            assertThat(finalModel).as("validation file: " + withValidation).isPositive().isLessThanOrEqualTo(total);
        }
    }

    @Test
    void in_scope_accuracy_is_printed_with_and_without_the_out_of_scope_threshold() {
        int code = run("--train", file("train.tsv"), "--test", file("test.tsv"), "--validation", file("validation.tsv"));
        assertThat(code).as(err()).isZero();
        Matcher accuracy = line("In-scope accuracy: +([0-9.]+)% \\(top-1 without a threshold: ([0-9.]+)%\\)");
        // A threshold only turns answers into "out of scope": it can never make more in-scope lines right.
        assertThat(Double.parseDouble(accuracy.group(2))).isGreaterThanOrEqualTo(Double.parseDouble(accuracy.group(1)));
    }
}
