package org.passerelle.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.intent.HeldOutTally;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.SampleKnowledgeBase;
import org.passerelle.knowledge.SystemIntent;

class EvaluateHeldOutCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EvaluateHeldOutCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void a_malformed_held_out_line_is_reported_with_file_and_line_before_anything_is_trained(@TempDir Path dir)
            throws Exception {
        Path en = Files.writeString(dir.resolve("en.tsv"), "renew passport\tpassport-renewal\tplain\n");
        Path fr = Files.writeString(dir.resolve("fr.tsv"), "# commentaire\nrenouveler passeport passport-renewal\n");
        int code = run("--en", en.toString(), "--fr", fr.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("evaluate-heldout: " + fr + ":2: 1 column(s)");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void the_command_asks_the_kiosks_engines_and_prints_the_figures_per_language(@TempDir Path dir) throws Exception {
        Path kb = SampleKnowledgeBase.write(dir.resolve("kb"));
        Path en = Files.writeString(dir.resolve("en.tsv"), "i need to renew my passport\tpassport-renewal\tplain\n"
                + "renew my health card\tout-of-scope\tout-of-scope\n");
        Path fr = Files.writeString(dir.resolve("fr.tsv"), "je cherche un emploi\tjob-bank\tplain\n");
        assertThat(run("--knowledge-base", kb.toString(), "--en", en.toString(), "--fr", fr.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[en]", "[fr]", "right guide shown",
                "wrong guide shown (all questions)", "expected calibration error");
    }

    @Test
    void an_unknown_option_is_an_input_error() {
        assertThat(run("--folds", "3")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad option --folds");
    }

    @Test
    void each_kind_of_answer_maps_to_the_decision_that_is_counted() {
        assertThat(EvaluateHeldOutCommand.decision(new Answer.NotUnderstood(false, Optional.empty(), Language.EN)))
                .isEqualTo(new HeldOutTally.NotUnderstood());
        assertThat(EvaluateHeldOutCommand.decision(new Answer.SystemReply(SystemIntent.GREETING, Language.FR)))
                .isEqualTo(new HeldOutTally.Other(SystemIntent.GREETING.label()));
        assertThat(EvaluateHeldOutCommand.decision(new Answer.Clarification(List.of(), Language.EN)))
                .isEqualTo(new HeldOutTally.Offered(List.of()));
    }
}
