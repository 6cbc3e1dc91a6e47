package org.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.Language;
import org.passerelle.privacy.RedactionCorpus.Sample;
import org.passerelle.privacy.RedactionScore.Tally;

/** The redactor against the generated test set: the floor below which a change to a rule fails the build. */
class RedactionCorpusTest {

    static final double FLOOR = 0.98;
    static final List<Sample> SAMPLES = RedactionCorpus.generate();
    static final RedactionScore SCORE = RedactionScore.of(new Redactor(RedactionCorpus.CLOCK), SAMPLES);

    @Test
    void the_set_has_several_hundred_positive_and_negative_sentences_in_each_language() {
        for (Language language : Language.values()) {
            List<Sample> own = SAMPLES.stream().filter(s -> s.language() == language).toList();
            assertThat(own.stream().filter(s -> !s.expected().isEmpty()).count()).as("positives").isGreaterThanOrEqualTo(300);
            assertThat(own.stream().filter(s -> s.expected().isEmpty()).count()).as("negatives").isGreaterThanOrEqualTo(300);
        }
        for (Kind kind : Kind.values()) {
            assertThat(SCORE.of(kind).expected()).as(kind.code()).isGreaterThanOrEqualTo(80);
        }
    }

    @Test
    void recall_and_precision_are_at_least_98_percent_overall() {
        assertAtLeastTheFloor("overall", SCORE.overall());
    }

    @Test
    void recall_and_precision_are_at_least_98_percent_in_each_language() {
        for (Language language : Language.values()) {
            assertAtLeastTheFloor(language.code(), SCORE.of(language));
        }
    }

    @Test
    void the_same_seed_gives_the_same_sentences_and_another_seed_other_ones() {
        assertThat(RedactionCorpus.generate(RedactionCorpus.SEED)).isEqualTo(SAMPLES);
        assertThat(RedactionCorpus.generate(7)).isNotEqualTo(SAMPLES);
    }

    @Test
    void an_identifier_that_crosses_the_place_where_a_text_is_shortened_is_redacted_before_the_cut() {
        int cut = 500;
        List<Sample> crossing = RedactionCorpus.crossing(cut);
        assertThat(crossing).extracting(s -> s.expected().getFirst().kind()).contains(Kind.values());
        Redactor redactor = new Redactor(RedactionCorpus.CLOCK);
        for (Sample sample : crossing) {
            Finding identifier = sample.expected().getFirst();
            String kept = sample.text().substring(identifier.start(), cut - 1);
            String shortened = redactor.redact(sample.text(), cut);

            assertThat(shortened).as(sample.text()).hasSizeLessThanOrEqualTo(cut).endsWith("\u2026")
                    .doesNotContain(kept);
        }
    }

    private static void assertAtLeastTheFloor(String slice, Tally tally) {
        assertThat(tally.recall()).as(() -> slice + " recall " + tally + "\n" + String.join("\n", SCORE.mistakes()))
                .isGreaterThanOrEqualTo(FLOOR);
        assertThat(tally.precision()).as(() -> slice + " precision " + tally + "\n" + String.join("\n", SCORE.mistakes()))
                .isGreaterThanOrEqualTo(FLOOR);
    }
}
