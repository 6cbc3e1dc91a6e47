package org.passerelle.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.intent.Calibration.Judged;

class CalibrationTest {

    @Test
    void answers_at_ninety_percent_that_are_right_half_the_time_are_off_by_forty_points() {
        List<Judged> answers = List.of(new Judged(0.9, true), new Judged(0.9, false), new Judged(0.92, true),
                new Judged(0.92, false));
        assertThat(Calibration.expectedCalibrationError(answers, 10)).isCloseTo(0.41, within(1e-9));
    }

    @Test
    void bins_are_weighted_by_how_many_answers_they_hold() {
        // Bin 0.6-0.7: 3 answers at 0.6, 2 right -> |0.667 - 0.6| = 0.0667, weight 3/4.
        // Bin 0.9-1.0: 1 answer at 1.0 (the last bin includes 1), right -> 0, weight 1/4.
        List<Judged> answers = List.of(new Judged(0.6, true), new Judged(0.6, true), new Judged(0.6, false),
                new Judged(1.0, true));
        assertThat(Calibration.expectedCalibrationError(answers, 10)).isCloseTo(0.75 * (2.0 / 3 - 0.6), within(1e-9));
    }

    @Test
    void perfectly_calibrated_answers_have_no_error_and_no_answers_have_no_figure() {
        assertThat(Calibration.expectedCalibrationError(List.of(new Judged(1.0, true), new Judged(0.0, false)), 10))
                .isZero();
        assertThat(Calibration.expectedCalibrationError(List.of(), 10)).isNaN();
    }
}
