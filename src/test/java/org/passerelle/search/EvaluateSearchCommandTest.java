package org.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateSearchCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EvaluateSearchCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("queries.tsv"), content, StandardCharsets.UTF_8);
    }

    @Test
    void a_good_file_prints_recall_and_mrr_per_language_and_the_misses() throws IOException {
        Path queries = file("""
                # comment

                en\tpasport renwal\tpassport-renewal
                en\tmy tax return\tpassport-child
                fr\tchèque TPS\tgst-credit
                """);

        assertThat(run("--queries", queries.toString())).isZero();

        assertThat(out()).contains("recall@1", "recall@3", "MRR")
                .containsPattern("en\\s+2\\s+0\\.500")
                .containsPattern("fr\\s+1\\s+1\\.000\\s+1\\.000\\s+1\\.000")
                .containsPattern("all\\s+3\\s+0\\.667")
                .contains("Missed at rank 1: 1", ":4  en  \"my tax return\"  expected passport-child");
        assertThat(err()).isEmpty();
    }

    @Test
    void the_bundled_query_file_evaluates() {
        assertThat(run("--queries", "docs/eval/search-queries.tsv", "--knowledge-base", "knowledge-base")).isZero();
        assertThat(out()).containsPattern("en\\s+\\d{2,}").containsPattern("fr\\s+\\d{2,}");
    }

    @Test
    void malformed_lines_are_reported_with_file_and_line_and_exit_code_2() throws IOException {
        Path queries = file("""
                en\tpassport\tpassport-renewal
                de\tReisepass\tpassport-renewal
                en\tonly two columns
                fr\tquestion\tno-such-guide
                en\t \tpassport-renewal
                """);

        assertThat(run("--queries", queries.toString())).isEqualTo(2);

        String name = queries.toString();
        assertThat(err()).contains(
                name + ":2: unknown language \"de\"",
                name + ":3: missing column",
                name + ":4: unknown guide id \"no-such-guide\"",
                name + ":5: empty question");
        assertThat(out()).isEmpty();
    }

    @Test
    void an_unreadable_file_is_an_error_with_exit_code_2() {
        Path missing = dir.resolve("nope.tsv");
        assertThat(run("--queries", missing.toString())).isEqualTo(2);
        assertThat(err()).contains(missing + ": cannot read");
    }

    @Test
    void a_file_that_is_not_utf8_is_an_error_with_exit_code_2() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.tsv"), "fr\tch\u00e8que\tgst-credit\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("--queries", latin1.toString())).isEqualTo(2);
        assertThat(err()).contains("not UTF-8");
    }

    @Test
    void missing_or_unknown_arguments_print_the_usage_and_exit_code_2() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("--queries is required", EvaluateSearchCommand.USAGE);
        assertThat(run("--queries")).isEqualTo(2);
        assertThat(run("--frobnicate", "x")).isEqualTo(2);
    }

    @Test
    void a_knowledge_base_that_does_not_load_is_an_error_with_exit_code_2() throws IOException {
        Path queries = file("en\tpassport\tpassport-renewal\n");
        assertThat(run("--queries", queries.toString(), "--knowledge-base", dir.resolve("no-kb").toString()))
                .isEqualTo(2);
        assertThat(err()).isNotEmpty();
    }
}
