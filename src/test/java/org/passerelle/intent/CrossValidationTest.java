package org.passerelle.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.LabeledText;
import org.passerelle.knowledge.Language;

class CrossValidationTest {

    @Test
    void stratified_folds_spread_every_label_evenly_and_repeat_for_a_seed() {
        List<LabeledText> examples = SmallTrainingSet.english();
        List<List<LabeledText>> folds = CrossValidation.stratifiedFolds(examples, 4, 42);
        assertThat(folds).hasSize(4);
        assertThat(folds.stream().mapToInt(List::size).sum()).isEqualTo(examples.size());
        for (List<LabeledText> fold : folds) {
            Map<String, Long> perLabel = fold.stream().collect(Collectors.groupingBy(LabeledText::label,
                    Collectors.counting()));
            assertThat(perLabel.get("passport-renewal")).isEqualTo(2);
            assertThat(perLabel.get(SmallTrainingSet.OOS)).isBetween(2L, 3L);
        }
        assertThat(CrossValidation.stratifiedFolds(examples, 4, 42)).isEqualTo(folds);
        assertThat(CrossValidation.stratifiedFolds(examples, 4, 43)).isNotEqualTo(folds);
    }

    @Test
    void every_phrase_is_classified_by_a_model_that_did_not_see_it() {
        CrossValidationReport report = CrossValidation.run(SmallTrainingSet.english(), Language.EN,
                IntentSettings.defaults(), 4, 42);
        assertThat(report.examples()).isEqualTo(SmallTrainingSet.english().size());
        assertThat(report.topOneAccuracy()).isBetween(0.5, 1.0);
        assertThat(report.mistakes()).hasSize((int) Math.round((1 - report.topOneAccuracy()) * report.examples()));
        assertThat(report.confusions().stream().mapToInt(LabelConfusion::count).sum())
                .isEqualTo(report.mistakes().size());
        assertThat(report.recommendedThreshold().threshold()).isBetween(0.0, 1.0);
    }

    @Test
    void folds_must_be_between_2_and_the_number_of_examples() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                CrossValidation.run(SmallTrainingSet.english(), Language.EN, IntentSettings.defaults(), 1, 42));
        assertThatIllegalArgumentException().isThrownBy(() ->
                CrossValidation.run(SmallTrainingSet.english().subList(0, 3), Language.EN, IntentSettings.defaults(),
                        4, 42));
    }
}
