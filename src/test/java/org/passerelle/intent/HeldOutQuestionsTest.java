package org.passerelle.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.intent.HeldOutQuestions.MalformedFileException;

class HeldOutQuestionsTest {

    @Test
    void questions_comments_two_needs_and_out_of_scope_are_read() throws Exception {
        List<HeldOutQuestion> questions = HeldOutQuestions.parse("f.tsv", """
                # a comment
                pasport renwal\tpassport-renewal\ttypo

                passport and sin\tpassport-first|sin-apply\ttwo-needs\r
                renew my health card\tout-of-scope\tout-of-scope
                """);
        assertThat(questions).containsExactly(
                new HeldOutQuestion("pasport renwal", Set.of("passport-renewal"), "typo", 2),
                new HeldOutQuestion("passport and sin", Set.of("passport-first", "sin-apply"), "two-needs", 4),
                new HeldOutQuestion("renew my health card", Set.of(), "out-of-scope", 5));
        assertThat(questions.get(2).outOfScope()).isTrue();
    }

    @Test
    void a_malformed_line_names_the_file_and_the_line() {
        assertThatThrownBy(() -> HeldOutQuestions.parse("f.tsv", "ok\tsin-apply\tplain\nno tabs here\n"))
                .isInstanceOf(MalformedFileException.class).hasMessageStartingWith("f.tsv:2: 1 column(s)");
        assertThatThrownBy(() -> HeldOutQuestions.parse("f.tsv", "\tsin-apply\tplain\n"))
                .hasMessage("f.tsv:1: empty question");
        assertThatThrownBy(() -> HeldOutQuestions.parse("f.tsv", "# c\nq\t\tplain\n"))
                .hasMessage("f.tsv:2: empty expected guide id");
        assertThatThrownBy(() -> HeldOutQuestions.parse("f.tsv", "q\tsin-apply\t\n"))
                .hasMessage("f.tsv:1: empty kind");
        assertThatThrownBy(() -> HeldOutQuestions.parse("f.tsv", "q\tsin-apply||ei-apply\ttwo-needs\n"))
                .hasMessageStartingWith("f.tsv:1: bad expected");
        assertThatThrownBy(() -> HeldOutQuestions.parse("f.tsv", "# only a comment\n"))
                .hasMessage("f.tsv: no questions");
    }

    @Test
    void a_missing_file_or_one_that_is_not_utf8_is_named(@TempDir Path dir) throws Exception {
        Path latin1 = dir.resolve("latin1.tsv");
        Files.write(latin1, "carte santé\tout-of-scope\tout-of-scope\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> HeldOutQuestions.read(latin1)).hasMessage(latin1 + ": not valid UTF-8");
        assertThatThrownBy(() -> HeldOutQuestions.read(dir.resolve("none.tsv")))
                .hasMessage(dir.resolve("none.tsv") + ": file not found");
    }
}
