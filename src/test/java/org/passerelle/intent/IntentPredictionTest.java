package org.passerelle.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntentPredictionTest {

    private static final String OOS = "system:out-of-scope";

    private static IntentPrediction prediction(Object... labelsAndProbabilities) {
        List<ScoredLabel> ranked = new java.util.ArrayList<>();
        for (int i = 0; i < labelsAndProbabilities.length; i += 2) {
            ranked.add(new ScoredLabel((String) labelsAndProbabilities[i], (Double) labelsAndProbabilities[i + 1]));
        }
        return new IntentPrediction(ranked);
    }

    @Test
    void a_confident_guess_is_acted_on() {
        assertThat(prediction("passport-renewal", 0.8, "sin-apply", 0.2).decide(0.3, OOS)).isEqualTo("passport-renewal");
    }

    @Test
    void a_guess_below_the_threshold_is_out_of_scope_even_when_the_out_of_scope_class_is_not_first() {
        assertThat(prediction("passport-renewal", 0.29, "sin-apply", 0.26, "ei-apply", 0.25, OOS, 0.20)
                .decide(0.3, OOS)).isEqualTo(OOS);
    }

    @Test
    void a_guess_exactly_at_the_threshold_is_acted_on() {
        assertThat(prediction("sin-apply", 0.5, "ei-apply", 0.5).decide(0.5, OOS)).isEqualTo("sin-apply");
        assertThat(prediction("sin-apply", 0.5, "ei-apply", 0.5).decide(0.5 + 1e-9, OOS)).isEqualTo(OOS);
    }

    @Test
    void a_confident_out_of_scope_guess_is_out_of_scope() {
        assertThat(prediction(OOS, 0.9, "sin-apply", 0.1).decide(0.3, OOS)).isEqualTo(OOS);
        assertThat(prediction("oos", 0.9, "intent-1", 0.1).decide(0.0, "oos")).isEqualTo("oos");
    }

    @Test
    void two_close_guesses_call_for_a_clarifying_question() {
        assertThat(prediction("passport-renewal", 0.45, "passport-child", 0.40, OOS, 0.15).isCloseCall(0.1)).isTrue();
        assertThat(prediction("passport-renewal", 0.70, "passport-child", 0.20, OOS, 0.10).isCloseCall(0.1)).isFalse();
        assertThat(prediction("only", 1.0).isCloseCall(0.1)).isFalse();
    }

    @Test
    void a_prediction_must_be_ranked_and_not_empty() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IntentPrediction(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> prediction("a", 0.1, "b", 0.9));
    }
}
