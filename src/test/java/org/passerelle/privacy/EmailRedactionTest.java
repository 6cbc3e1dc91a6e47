package org.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.privacy.Redactions.redact;

import org.junit.jupiter.api.Test;

class EmailRedactionTest {

    @Test
    void plain_address_is_redacted_without_the_sentence_full_stop() {
        assertThat(redact("Write to jane.doe@gmail.com.")).isEqualTo("Write to [email].");
    }

    @Test
    void accented_local_part_is_redacted() {
        assertThat(redact("mon courriel : prénom.nom@exemple.ca")).isEqualTo("mon courriel : [email]");
        assertThat(redact("Écrivez à Émilie.Côté@vidéotron.ca!")).isEqualTo("Écrivez à [email]!");
    }

    @Test
    void plus_addressing_and_subdomains_are_redacted() {
        assertThat(redact("jean+kiosque@mail.exemple.qc.ca, svp")).isEqualTo("[email], svp");
        assertThat(redact("(j_o-e.99@cmail.carleton.ca)")).isEqualTo("([email])");
    }

    @Test
    void an_at_sign_without_a_domain_is_not_an_address() {
        assertThat(redact("meet @ 10, or @home, a@b, user@localhost")).isEqualTo("meet @ 10, or @home, a@b, user@localhost");
    }

    @Test
    void a_web_address_is_not_an_e_mail_address() {
        assertThat(redact("see canada.ca/passport or https://www.canada.ca/en.html"))
                .isEqualTo("see canada.ca/passport or https://www.canada.ca/en.html");
    }

    @Test
    void an_address_holding_digits_is_one_e_mail_address_not_a_phone() {
        assertThat(redact("6135550123@txt.bell.ca")).isEqualTo("[email]");
    }
}
