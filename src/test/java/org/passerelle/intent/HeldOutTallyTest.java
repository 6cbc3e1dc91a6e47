package org.passerelle.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.intent.HeldOutTally.NotUnderstood;
import org.passerelle.intent.HeldOutTally.Offered;
import org.passerelle.intent.HeldOutTally.Other;
import org.passerelle.intent.HeldOutTally.Outcome;
import org.passerelle.intent.HeldOutTally.Shown;

class HeldOutTallyTest {

    private static HeldOutQuestion q(String... expected) {
        return new HeldOutQuestion("q", Set.of(expected), "plain", 1);
    }

    @Test
    void each_kiosk_decision_counts_as_the_citizen_would_see_it() {
        HeldOutTally t = new HeldOutTally();
        assertThat(t.add(q("sin-apply"), new Shown("sin-apply", 0.9)).outcome()).isEqualTo(Outcome.RIGHT_SHOWN);
        assertThat(t.add(q("sin-apply"), new Shown("ei-apply", 0.8)).outcome()).isEqualTo(Outcome.WRONG_SHOWN);
        assertThat(t.add(q("sin-apply"), new Offered(List.of("ei-apply", "sin-apply"))).outcome())
                .isEqualTo(Outcome.RIGHT_OFFERED);
        assertThat(t.add(q("sin-apply"), new Offered(List.of("ei-apply"))).outcome()).isEqualTo(Outcome.WRONG_OFFERED);
        assertThat(t.add(q("sin-apply"), new NotUnderstood()).outcome()).isEqualTo(Outcome.NOT_UNDERSTOOD);
        assertThat(t.add(q("passport-first", "sin-apply"), new Shown("sin-apply", 0.7)).outcome())
                .as("either need of a two-need question is right").isEqualTo(Outcome.RIGHT_SHOWN);
        assertThat(t.add(q(), new NotUnderstood()).outcome()).isEqualTo(Outcome.OUT_OF_SCOPE_DECLINED);
        assertThat(t.add(q(), new Shown("pr-card-renew", 0.6)).outcome()).isEqualTo(Outcome.OUT_OF_SCOPE_SHOWN);
        assertThat(t.add(q(), new Other("system:greeting")).outcome()).isEqualTo(Outcome.OUT_OF_SCOPE_OTHER);

        assertThat(t.inScope()).isEqualTo(6);
        assertThat(t.outOfScope()).isEqualTo(3);
        assertThat(t.inScopeRate(Outcome.RIGHT_SHOWN)).isCloseTo(2 / 6.0, within(1e-9));
        assertThat(t.rightShownOrOffered()).isCloseTo(3 / 6.0, within(1e-9));
        assertThat(t.outOfScopeRate(Outcome.OUT_OF_SCOPE_DECLINED)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(t.wrongShown()).as("one in scope, one out of scope, of nine").isCloseTo(2 / 9.0, within(1e-9));
        assertThat(t.directPrecision()).as("4 shown, 2 right").isCloseTo(0.5, within(1e-9));
        // Shown: 0.9 right, 0.8 wrong, 0.7 right, 0.6 wrong: one per bin, errors 0.1, 0.8, 0.3, 0.6.
        assertThat(t.calibrationError()).isCloseTo((0.1 + 0.8 + 0.3 + 0.6) / 4, within(1e-9));
    }

    @Test
    void an_empty_tally_has_no_figures_rather_than_zeros() {
        HeldOutTally t = new HeldOutTally();
        assertThat(t.rightShownOrOffered()).isNaN();
        assertThat(t.directPrecision()).isNaN();
        assertThat(t.calibrationError()).isNaN();
    }
}
