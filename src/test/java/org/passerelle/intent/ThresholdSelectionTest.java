package org.passerelle.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdSelectionTest {

    private static HeldOut heldOut(String gold, String top, double probability) {
        String other = top.equals("x") ? "y" : "x";
        return new HeldOut("text", gold, new IntentPrediction(List.of(new ScoredLabel(top, probability),
                new ScoredLabel(other, probability / 2))));
    }

    @Test
    void the_threshold_separates_unsure_out_of_scope_questions_from_confident_right_answers() {
        List<HeldOut> data = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            data.add(heldOut("guide-a", "guide-a", 0.8 + i * 0.01));
            data.add(heldOut("oos", "guide-a", 0.3 + i * 0.01));
        }
        ThresholdChoice choice = ThresholdSelection.choose(data, "oos", 0.5);
        assertThat(choice.threshold()).isGreaterThan(0.39).isLessThanOrEqualTo(0.8);
        assertThat(choice.inScopeAccuracy()).isEqualTo(1.0);
        assertThat(choice.outOfScopeRecall()).isEqualTo(1.0);
        // the middle of the range of perfect thresholds, away from both edges
        assertThat(choice.threshold()).isBetween(0.55, 0.65);
    }

    @Test
    void without_out_of_scope_examples_the_configured_threshold_is_kept_and_said_so() {
        ThresholdChoice choice = ThresholdSelection.choose(List.of(heldOut("guide-a", "guide-a", 0.9)), "oos", 0.42);
        assertThat(choice.threshold()).isEqualTo(0.42);
        assertThat(choice.criterion()).contains("no out-of-scope");
    }

    @Test
    void in_scope_accuracy_and_out_of_scope_recall_weigh_the_same_whatever_their_counts() {
        List<HeldOut> data = new ArrayList<>();
        // 30 right in-scope answers with probability 0.6, and one out-of-scope question at 0.5: a threshold
        // between them catches the out-of-scope question without losing any in-scope answer.
        for (int i = 0; i < 30; i++) {
            data.add(heldOut("guide-a", "guide-a", 0.6));
        }
        data.add(heldOut("oos", "guide-a", 0.5));
        ThresholdChoice choice = ThresholdSelection.choose(data, "oos", 0.0);
        assertThat(choice.threshold()).isGreaterThan(0.5).isLessThanOrEqualTo(0.6);
        assertThat(choice.outOfScopeRecall()).isEqualTo(1.0);
    }
}
