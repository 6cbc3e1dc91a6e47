package org.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.privacy.Redactions.redact;

import org.junit.jupiter.api.Test;

class CardRedactionTest {

    @Test
    void visa_number_grouped_by_spaces_is_redacted() {
        assertThat(redact("my card 4111 1111 1111 1111 was refused")).isEqualTo("my card [card] was refused");
    }

    @Test
    void card_numbers_grouped_by_dashes_or_not_grouped_are_redacted() {
        assertThat(redact("carte 5555-5555-5555-4444")).isEqualTo("carte [card]");
        assertThat(redact("card 4012888888881881")).isEqualTo("card [card]");
    }

    @Test
    void american_express_grouped_four_six_five_is_redacted() {
        assertThat(redact("Amex 3782 822463 10005.")).isEqualTo("Amex [card].");
        assertThat(redact("Amex 378282246310005")).isEqualTo("Amex [card]");
    }

    @Test
    void thirteen_and_nineteen_digit_cards_are_redacted() {
        assertThat(redact("old visa 4222222222222")).isEqualTo("old visa [card]");
        assertThat(redact("carte 6011 0009 9013 9424 314")).isEqualTo("carte [card]"); // 19 digits, Luhn-valid
    }

    @Test
    void sixteen_digits_that_fail_the_luhn_check_stay() {
        assertThat(redact("card 4111 1111 1111 1112")).isEqualTo("card 4111 1111 1111 1112");
    }

    @Test
    void a_list_of_small_numbers_is_not_a_card_even_when_its_digits_pass_luhn() {
        // 1 2 3 4 5 6 7 8 9 1 0 1 1 6 → 14 digits, Luhn-valid, but no card is printed one digit at a time
        assertThat(redact("pages 1 2 3 4 5 6 7 8 9 10 113")).isEqualTo("pages 1 2 3 4 5 6 7 8 9 10 113");
    }
}
