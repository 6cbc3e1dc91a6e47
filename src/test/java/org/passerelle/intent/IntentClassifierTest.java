package org.passerelle.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.knowledge.LabeledText;
import org.passerelle.knowledge.Language;

class IntentClassifierTest {

    private static IntentClassifier classifier;

    @BeforeAll
    static void train() {
        classifier = IntentClassifier.train(SmallTrainingSet.english(), Language.EN, IntentSettings.defaults());
    }

    @Test
    void a_question_worded_differently_from_the_training_phrases_gets_the_right_guide_first() {
        assertThat(classifier.classify("I want to renew the passport").top().label()).isEqualTo("passport-renewal");
        assertThat(classifier.classify("how can I apply for a social insurance number?").top().label())
                .isEqualTo("sin-apply");
        assertThat(classifier.classify("I was laid off from my job").top().label()).isEqualTo("ei-apply");
    }

    @Test
    void citizen_who_types_pasport_renwal_gets_the_passport_guide() {
        assertThat(classifier.classify("pasport renwal").top().label()).isEqualTo("passport-renewal");
        assertThat(classifier.classify("aplly for employement insurence").top().label()).isEqualTo("ei-apply");
    }

    @Test
    void a_prediction_ranks_every_label_by_descending_probability_and_the_probabilities_add_up_to_1() {
        IntentPrediction prediction = classifier.classify("renew my passport");
        assertThat(prediction.ranked()).extracting(ScoredLabel::label)
                .containsExactlyInAnyOrderElementsOf(classifier.labels());
        assertThat(prediction.ranked().stream().mapToDouble(ScoredLabel::probability).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(prediction.top().probability()).isGreaterThan(prediction.runnerUp().orElseThrow().probability());
    }

    @Test
    void a_clear_question_is_more_confident_than_a_vague_one() {
        double clear = classifier.classify("renew my passport").top().probability();
        double vague = classifier.classify("I have a question").top().probability();
        assertThat(clear).isGreaterThan(vague);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \t\n ", "😀🎉🙏", "\u0000\u0001\u0007\u001b[2J", "<script>alert('x')</script>",
        "<b><i></i></b> &nbsp; &lt;", "?!?!... ---", "12345"})
    void bad_input_gets_a_low_confidence_prediction_instead_of_an_error(String text) {
        IntentPrediction prediction = classifier.classify(text);
        assertThat(prediction.ranked()).hasSize(classifier.labels().size());
        // Below the probability from which the kiosk names a guide (passerelle.assistant.answer-probability, 0.6).
        assertThat(prediction.top().probability()).isLessThan(0.6);
    }

    @Test
    void a_100000_character_text_is_classified_from_its_beginning() {
        IntentPrediction prediction = classifier.classify("renew my passport " + "x".repeat(100_000));
        assertThat(prediction.top().label()).isEqualTo("passport-renewal");
        assertThat(classifier.classify(null).ranked()).isNotEmpty();
    }

    @Test
    void one_label_is_a_classifier_that_always_answers_it_and_no_examples_is_an_error() {
        IntentClassifier single = IntentClassifier.train(List.of(new LabeledText("only", "anything")), Language.EN,
                IntentSettings.defaults());
        assertThat(single.classify("something else").top()).isEqualTo(new ScoredLabel("only", 1.0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IntentClassifier.train(List.of(), Language.EN, IntentSettings.defaults()));
    }

    @Test
    void every_trainer_can_be_configured_and_learns_the_small_set() {
        for (String algorithm : List.of("MAXENT", "NAIVEBAYES", "PERCEPTRON")) {
            IntentClassifier other = IntentClassifier.train(SmallTrainingSet.english(), Language.EN,
                    IntentSettings.of(java.util.Map.of("training.algorithm", algorithm)));
            assertThat(other.algorithm()).isEqualTo(algorithm);
            assertThat(other.classify("renew my passport").top().label()).as(algorithm).isEqualTo("passport-renewal");
        }
    }

    @Test
    void a_model_too_large_for_dense_lbfgs_answers_from_the_nearest_phrases_alone_and_says_so() {
        IntentClassifier large = IntentClassifier.train(SmallTrainingSet.english(), Language.EN,
                IntentSettings.of(java.util.Map.of("training.max-parameters", "100")));
        assertThat(large.algorithm()).isEqualTo(IntentClassifier.NEIGHBOURS);
        assertThat(large.usesNeighbours()).isTrue();
        assertThat(classifier.algorithm()).isEqualTo("MAXENT_QN");
        IntentPrediction passport = large.classify("renew my passport");
        assertThat(passport.top().label()).isEqualTo("passport-renewal");
        assertThat(passport.top().probability()).as("a clear match is not turned into 'not understood'")
                .isGreaterThan(0.5);
        assertThat(passport.ranked()).extracting(ScoredLabel::probability).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        assertThat(passport.ranked().stream().mapToDouble(ScoredLabel::probability).sum())
                .as("what is left is the vote for none of these").isBetween(0.5, 1.0);
    }

    @Test
    void the_nearest_phrases_alone_rank_every_label_equally_when_no_phrase_shares_a_feature() {
        IntentClassifier large = IntentClassifier.train(SmallTrainingSet.english(), Language.EN,
                IntentSettings.of(java.util.Map.of("training.max-parameters", "100")));
        IntentPrediction nothing = large.classify("zzzz qqqq");
        assertThat(nothing.ranked()).hasSize(large.labels().size());
        assertThat(nothing.top().probability()).isCloseTo(1.0 / large.labels().size(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(large.classify("").ranked()).isNotEmpty();
        assertThat(large.classify(null).ranked()).isNotEmpty();
    }

    @Test
    void the_fusion_with_the_nearest_phrases_changes_the_probabilities_and_a_zero_weight_turns_it_off() {
        IntentClassifier alone = IntentClassifier.train(SmallTrainingSet.english(), Language.EN,
                IntentSettings.of(java.util.Map.of("fusion.neighbour-weight", "0", "fusion.classifier-weight", "1")));
        assertThat(alone.usesNeighbours()).isFalse();
        assertThat(classifier.usesNeighbours()).isTrue();
        String question = "renew my passport";
        assertThat(classifier.classify(question).top().label()).isEqualTo(alone.classify(question).top().label());
        assertThat(classifier.classify(question).top().probability())
                .as("the phrases agree with the classifier, so the fused answer is surer")
                .isGreaterThan(alone.classify(question).top().probability());
    }
}

