package org.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.privacy.Redactions.redact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameRedactionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my name is John Smith and I need help|my name is [name] and I need help",
        "My name is john smith i lost my card|My name is [name] i lost my card",
        "Hi, I'm Priya Patel, I called yesterday|Hi, I'm [name], I called yesterday",
        "I am Omar.|I am [name].",
        "Name: Grace O'Brien|Name: [name]",
        "Her name is Mary Jean-Baptiste|Her name is [name]",
        "my son's name is Liam|my son's name is [name]",
        "Bonjour, je m'appelle Marie Côté et j'ai besoin d'aide|Bonjour, je m'appelle [name] et j'ai besoin d'aide",
        "je m'appelle émilie tremblay|je m'appelle [name]",
        "Mon nom est Jean-François Roy|Mon nom est [name]",
        "Moi, c'est Chloé, j'ai appelé hier|Moi, c'est [name], j'ai appelé hier",
        "Je suis Hélène Gagnon et j'ai perdu ma carte|Je suis [name] et j'ai perdu ma carte",
        "Elle s'appelle Anaïs de la Fontaine|Elle s'appelle [name]",
        "Nom : Sébastien Morin|Nom : [name]",
        // the title stays
        "Please ask for Mr. Tremblay|Please ask for Mr. [name]",
        "Mrs. Wong told me to come|Mrs. [name] told me to come",
        "Ms Fatima Haddad is my caseworker|Ms [name] is my caseworker",
        "Demandez M. Bouchard|Demandez M. [name]",
        "Mme Gagnon m'a dit de venir|Mme [name] m'a dit de venir",
        "Madame Lavoie est mon agente|Madame [name] est mon agente",
        "My son Liam needs a passport|My son [name] needs a passport",
        "My daughter, Emma, lost her card|My daughter, [name], lost her card",
        "C'est pour mon fils Mathieu|C'est pour mon fils [name]",
        "Ma fille Zoé a besoin d'un NAS|Ma fille [name] a besoin d'un NAS",
        "J'aide ma mère Céline avec sa pension|J'aide ma mère [name] avec sa pension"})
    void a_name_after_a_self_introduction_a_title_or_a_relative_is_redacted_in_english_and_french(String text,
            String redacted) {
        assertThat(redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"My name is wrong on my passport", "My name is not on the list", "I'm Canadian, do I need a visa?",
        "I'm not sure", "I am a permanent resident", "I'm French-speaking", "My son needs a passport",
        "My wife and I moved", "What name is on the form?", "Mon nom est mal écrit sur ma carte",
        "Je suis Canadienne", "Je suis perdu", "Ma fille a 12 ans", "Comment s'appelle le formulaire ?",
        "Jane Doe wrote to Service Canada", "I miss my appointment", "Is the Mr. or Mrs. box required?"})
    void the_cues_of_a_name_without_a_name_change_nothing(String text) {
        assertThat(redact(text)).isEqualTo(text);
    }

    @Test
    void staff_text_keeps_the_names_staff_give_but_not_the_identifiers() {
        assertThat(Redactions.REDACTOR.redactStaffText("Hello, I am Alice. Is your SIN 046 454 286?").text())
                .isEqualTo("Hello, I am Alice. Is your SIN [sin]?");
    }

    @Test
    void a_name_with_no_cue_before_it_is_a_known_miss() {
        assertThat(redact("Jane Doe needs help")).isEqualTo("Jane Doe needs help");
    }

    @Test
    void a_name_is_cut_at_three_words_and_at_punctuation() {
        assertThat(redact("My name is Anne Marie Louise Tremblay")).isEqualTo("My name is [name] Tremblay");
        assertThat(redact("My name is John. Smith is my boss")).isEqualTo("My name is [name]. Smith is my boss");
    }

    @Test
    void a_long_run_of_cues_is_read_in_linear_time() {
        assertThat(redact("my name is ".repeat(20_000))).doesNotContain("[name]");
        assertThat(redact("Mr. Mr. ".repeat(20_000))).hasSizeGreaterThan(100_000);
        assertThat(redact("je m'appelle Jean ".repeat(10_000))).contains("[name]");
    }
}
