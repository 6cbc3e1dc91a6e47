package org.passerelle.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.passerelle.assistant.AssistantSettings.Band;

/** Which band an answer falls in: opened directly, "Is this what you need?", or too unsure for one guide. */
class AssistantSettingsTest {

    private static final double MARGIN = 0.1;

    private static AssistantSettings settings(double answer, double open) {
        return new AssistantSettings(answer, open, 1000, 0.12, 3, 0.5, 0.15, 2);
    }

    @Test
    void a_sure_guide_well_ahead_of_the_next_opens_directly() {
        assertThat(settings(0.5, 0.65).band(0.9, 0.8, MARGIN)).isEqualTo(Band.HIGH);
        assertThat(settings(0.5, 0.65).band(0.65, 0.3, MARGIN)).as("from the open probability").isEqualTo(Band.HIGH);
    }

    @Test
    void a_guide_between_the_answer_and_open_probabilities_asks_first() {
        assertThat(settings(0.5, 0.65).band(0.5, 0.3, MARGIN)).isEqualTo(Band.MEDIUM);
        assertThat(settings(0.5, 0.65).band(0.64, 0.3, MARGIN)).isEqualTo(Band.MEDIUM);
    }

    @Test
    void below_the_answer_probability_or_within_the_margin_is_low_however_sure() {
        assertThat(settings(0.5, 0.65).band(0.49, 0.4, MARGIN)).isEqualTo(Band.LOW);
        assertThat(settings(0.5, 0.65).band(0.9, 0.05, MARGIN)).as("a close second").isEqualTo(Band.LOW);
    }

    @Test
    void an_open_probability_equal_to_the_answer_probability_never_asks() {
        AssistantSettings never = settings(0.5, 0.5);
        for (double top = 0.5; top <= 1.0; top += 0.05) {
            assertThat(never.band(top, 0.5, MARGIN)).as("top %s", top).isEqualTo(Band.HIGH);
        }
    }

    @Test
    void an_open_probability_below_the_answer_probability_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> settings(0.6, 0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> settings(0.5, 1.5));
    }
}
