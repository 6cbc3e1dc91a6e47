package org.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.privacy.Redactions.REDACTOR;
import static org.passerelle.privacy.Redactions.redact;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void findings_are_in_the_original_texts_coordinates_and_in_order() {
        String text = "SIN 046 454 286, call 613-555-0123 or jane@example.ca";
        Redaction redaction = REDACTOR.redact(text);

        assertThat(redaction.text()).isEqualTo("SIN [sin], call [phone] or [email]");
        assertThat(redaction.findings()).containsExactly(new Finding(Kind.SIN, 4, 15), new Finding(Kind.PHONE, 22, 34),
                new Finding(Kind.EMAIL, 38, 53));
        assertThat(text.substring(22, 34)).isEqualTo("613-555-0123");
        assertThat(redaction.redacted()).isTrue();
    }

    @Test
    void a_text_without_identifiers_comes_back_unchanged() {
        String text = "How do I renew my passport? Step 2 of 5 says $1,234.56 by 10:30.";
        Redaction redaction = REDACTOR.redact(text);

        assertThat(redaction.text()).isSameAs(text).isEqualTo(text);
        assertThat(redaction.redacted()).isFalse();
    }

    @Test
    void every_kind_has_its_lower_case_placeholder() {
        assertThat(Kind.POSTAL_CODE.code()).isEqualTo("postal-code");
        assertThat(Kind.DATE_OF_BIRTH.placeholder()).isEqualTo("[date-of-birth]");
        assertThat(Kind.SIN.code()).isEqualTo("sin");
    }

    @Test
    void the_empty_text_is_redacted_to_itself() {
        assertThat(REDACTOR.redact("")).isEqualTo(new Redaction("", java.util.List.of()));
    }

    @Test
    void control_characters_emoji_and_markup_around_identifiers_do_not_hide_them() {
        assertThat(redact("📞613-555-0123🙏\u0000<b>K1A 0B1</b>\tSIN\n046 454 286\u0007"))
                .isEqualTo("📞[phone]🙏\u0000<b>[postal-code]</b>\tSIN\n[sin]\u0007");
        assertThat(redact("<a href=\"mailto:jane@example.ca\">écrire</a>"))
                .isEqualTo("<a href=\"mailto:[email]\">écrire</a>");
    }

    @Test
    void lone_surrogates_and_characters_outside_the_basic_plane_pass_through() {
        String text = "\uD83D x \uDE00 𝟎𝟒𝟔 𝐀𝐁𝐂 \uFFFF";
        assertThat(redact(text)).isEqualTo(text);
    }

    @Test
    void overlapping_candidates_keep_the_longest() {
        // a postal code and a phone number inside an e-mail address: one e-mail address
        assertThat(REDACTOR.redact("k1a0b1.6135550123@example.ca").findings()).singleElement()
                .extracting(Finding::kind).isEqualTo(Kind.EMAIL);
    }

    @Test
    void a_hundred_thousand_characters_of_digits_spaces_and_dashes_are_redacted_without_blowing_up() {
        Random random = new Random(1);
        StringBuilder adversarial = new StringBuilder();
        while (adversarial.length() < 100_000) {
            adversarial.append("0123456789 -".charAt(random.nextInt(12)));
        }
        Redaction redaction = REDACTOR.redact(adversarial.toString());

        // It returns, and with the text: nothing cut off, nothing doubled.
        assertThat(redaction.text().length()).isBetween(adversarial.length() / 2, adversarial.length() * 2);
    }

    @Test
    void long_runs_built_to_make_patterns_backtrack_return() {
        for (String unit : new String[] {"1", "1 ", "1-", "1 - ", "12 ", "+1 ", "a", "a.", "a@", "@a.", "Apt 1, ",
            "1 Main ", "1 rue ", "14/03/", "born ", "K1A ", " "}) {
            String text = unit.repeat(100_000 / unit.length());
            assertThat(REDACTOR.redact(text).text().length()).as(unit).isBetween(text.length() / 2, text.length() * 2);
        }
    }

    @Test
    void random_unicode_text_never_makes_it_fail_and_spans_stay_inside_the_text() {
        Random random = new Random(42);
        String alphabet = "0123456789 -./()+@,:#$%éÉ\u00A0\u2009\u2013\u0660\u0661\uFF10\uFF11KkAaBbStreetrue\u0000\n\t😀";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(10) == 0 ? (char) random.nextInt(Character.MAX_VALUE + 1)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Redaction redaction = REDACTOR.redact(text.toString());
            for (Finding f : redaction.findings()) {
                assertThat(f.end()).isLessThanOrEqualTo(text.length());
            }
        }
    }

    @Test
    void a_text_is_redacted_whole_before_it_is_shortened_so_a_sin_across_the_cut_leaves_no_digit() {
        String text = "x".repeat(490) + " SIN 046 454 286 and more";

        String shortened = REDACTOR.redact(text, 500);

        assertThat(shortened).hasSize(500).endsWith(" SIN [sin\u2026").doesNotContain("046", "454");
    }

    @Test
    void shortening_never_keeps_half_a_surrogate_pair() {
        assertThat(REDACTOR.redact("abc😀def", 5)).isEqualTo("abc\u2026");
        assertThat(REDACTOR.redact("short", 500)).isEqualTo("short");
    }
}
