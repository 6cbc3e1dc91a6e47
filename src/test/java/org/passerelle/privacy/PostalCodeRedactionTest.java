package org.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.privacy.Redactions.redact;

import org.junit.jupiter.api.Test;

class PostalCodeRedactionTest {

    @Test
    void postal_code_with_a_space_is_redacted() {
        assertThat(redact("Ottawa ON K1A 0B1, Canada")).isEqualTo("Ottawa ON [postal-code], Canada");
    }

    @Test
    void postal_code_in_lower_case_or_without_space_or_with_a_dash_is_redacted() {
        assertThat(redact("code postal k1a0b1")).isEqualTo("code postal [postal-code]");
        assertThat(redact("H2X-1Y4.")).isEqualTo("[postal-code].");
        assertThat(redact("h3z 2y7")).isEqualTo("[postal-code]");
    }

    @Test
    void letters_canada_post_does_not_use_are_not_a_postal_code() {
        assertThat(redact("D1A 0B1 F1A 0B1 K1D 0B1 K1A 0O1")).isEqualTo("D1A 0B1 F1A 0B1 K1D 0B1 K1A 0O1");
        assertThat(redact("W1A 0B1 Z1A 0B1")).isEqualTo("W1A 0B1 Z1A 0B1");
    }

    @Test
    void a_postal_code_shape_inside_a_longer_code_is_not_redacted() {
        assertThat(redact("serial XK1A0B1 or K1A0B1X")).isEqualTo("serial XK1A0B1 or K1A0B1X");
    }

    @Test
    void tax_slip_names_stay() {
        assertThat(redact("my T4A and RC66 and H2O")).isEqualTo("my T4A and RC66 and H2O");
    }
}
