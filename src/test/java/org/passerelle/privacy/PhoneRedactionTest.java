package org.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.privacy.Redactions.redact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneRedactionTest {

    @ParameterizedTest
    @ValueSource(strings = {"613-555-0123", "(613) 555-0123", "(613)555-0123", "613.555.0123", "613 555 0123",
        "+1 613 555 0123", "+1 (613) 555-0123", "1-800-555-0199", "1 800 555 0199", "6135550123", "16135550123",
        "613\u2011555\u20110123"})
    void north_american_numbers_in_every_usual_format_are_redacted(String phone) {
        assertThat(redact("Call me at " + phone + " please")).isEqualTo("Call me at [phone] please");
    }

    @Test
    void the_extension_is_redacted_with_the_number() {
        assertThat(redact("613-555-0123 ext. 12, merci")).isEqualTo("[phone], merci");
        assertThat(redact("Appelez le 819 555-0182, poste 4021.")).isEqualTo("Appelez le [phone].");
        assertThat(redact("613-555-0123 x12")).isEqualTo("[phone]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+33 1 23 45 67 89", "+44 20 7946 0958", "+44 (0)20 7946 0958", "+509 3456 7890",
        "+212 612-345678", "+33123456789", "011 33 1 23 45 67 89", "00 44 20 7946 0958"})
    void international_numbers_written_with_a_plus_or_an_exit_code_are_redacted(String phone) {
        assertThat(redact("mon frère au " + phone + ", le soir")).isEqualTo("mon frère au [phone], le soir");
    }

    @Test
    void ten_digits_whose_area_code_or_exchange_starts_with_0_or_1_are_not_a_phone() {
        assertThat(redact("file 1234567890")).isEqualTo("file 1234567890");
        assertThat(redact("dossier 613-155-0123")).isEqualTo("dossier 613-155-0123");
    }

    @Test
    void a_north_american_number_that_happens_to_pass_luhn_is_still_a_phone() {
        // 6135550124 passes the Luhn check; ten digits are never a SIN (nine) nor a card (13 or more)
        assertThat(Redactions.REDACTOR.redact("6135550124").findings()).singleElement()
                .extracting(Finding::kind).isEqualTo(Kind.PHONE);
    }

    @Test
    void a_plus_sign_with_too_few_digits_is_not_a_phone() {
        assertThat(redact("score +12 34")).isEqualTo("score +12 34");
    }

    @Test
    void times_amounts_and_counts_are_not_phones() {
        assertThat(redact("Open 8:30 to 16:30, 14 h 30, $1,234.56, 1 234,56 $, 2 photos"))
                .isEqualTo("Open 8:30 to 16:30, 14 h 30, $1,234.56, 1 234,56 $, 2 photos");
    }
}
