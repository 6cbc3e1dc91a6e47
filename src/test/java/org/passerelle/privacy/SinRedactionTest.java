package org.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.privacy.Redactions.redact;

import org.junit.jupiter.api.Test;

class SinRedactionTest {

    @Test
    void sin_with_spaces_and_valid_luhn_is_redacted() {
        assertThat(redact("My SIN is 046 454 286, thanks")).isEqualTo("My SIN is [sin], thanks");
    }

    @Test
    void sin_with_dashes_and_valid_luhn_is_redacted() {
        assertThat(redact("NAS : 046-454-286.")).isEqualTo("NAS : [sin].");
    }

    @Test
    void sin_without_separators_or_with_mixed_ones_is_redacted() {
        assertThat(redact("mon NAS est 046454286")).isEqualTo("mon NAS est [sin]");
        assertThat(redact("SIN 046 454-286 and 046-454 286")).isEqualTo("SIN [sin] and [sin]");
        assertThat(redact("SIN#046.454.286")).isEqualTo("SIN#[sin]");
    }

    @Test
    void nine_digits_that_fail_the_luhn_check_are_not_a_sin_and_stay() {
        assertThat(redact("My SIN is 046 454 287")).isEqualTo("My SIN is 046 454 287");
        assertThat(redact("confirmation number 123456789")).isEqualTo("confirmation number 123456789");
    }

    @Test
    void the_words_sin_and_nas_without_a_number_stay() {
        assertThat(redact("I lost my SIN card. Comment obtenir un NAS?")).isEqualTo("I lost my SIN card. Comment obtenir un NAS?");
    }

    @Test
    void nine_luhn_valid_digits_inside_a_longer_number_are_not_a_sin() {
        assertThat(redact("reference 1234 046 454 286")).isEqualTo("reference 1234 046 454 286");
        assertThat(redact("ID A046454286")).isEqualTo("ID A046454286");
    }

    @Test
    void an_amount_with_french_thousands_spacing_is_not_a_sin() {
        assertThat(redact("un solde de 046 454 286 $")).isEqualTo("un solde de 046 454 286 $");
        assertThat(redact("046 454 286,50")).isEqualTo("046 454 286,50");
    }

    @Test
    void sin_written_with_other_unicode_digits_and_spaces_is_redacted() {
        assertThat(redact("NAS ٠٤٦ ٤٥٤ ٢٨٦")).isEqualTo("NAS [sin]");
        assertThat(redact("SIN ０４６－４５４－２８６")).isEqualTo("SIN [sin]");
        assertThat(redact("SIN 046\u00A0454\u202F286")).isEqualTo("SIN [sin]");
        assertThat(redact("SIN 046\u200B454\u200B286")).isEqualTo("SIN [sin]");
    }
}
