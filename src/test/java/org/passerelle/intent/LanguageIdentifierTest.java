package org.passerelle.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.knowledge.Language;

class LanguageIdentifierTest {

    private static LanguageIdentifier identifier;

    @BeforeAll
    static void load() {
        identifier = LanguageIdentifier.load(IntentSettings.defaults());
    }

    @Test
    void a_clear_french_sentence_switches_an_english_kiosk_to_french() {
        LanguageGuess guess = identifier.detectLanguage("Bonjour, je voudrais renouveler mon passeport", Language.EN);
        assertThat(guess.language()).isEqualTo(Language.FR);
        assertThat(guess.switchesFrom(Language.EN)).isTrue();
        assertThat(guess.confidence()).isGreaterThanOrEqualTo(0.8);
        assertThat(identifier.detectLanguage("je veux renouveler mon passeport", Language.EN).language())
                .isEqualTo(Language.FR);
    }

    @Test
    void a_clear_english_sentence_switches_a_french_kiosk_to_english() {
        assertThat(identifier.detectLanguage("How do I renew my passport?", Language.FR).language())
                .isEqualTo(Language.EN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"merci", "ok", "passport", "SIN", "12345 67890", "", "   ", "😀😀😀", "AE?"})
    void short_text_keeps_the_kiosk_language(String text) {
        assertThat(identifier.detectLanguage(text, Language.EN).language()).isEqualTo(Language.EN);
        assertThat(identifier.detectLanguage(text, Language.FR).language()).isEqualTo(Language.FR);
    }

    @Test
    void a_text_in_the_kiosk_language_keeps_it_with_high_confidence() {
        LanguageGuess guess = identifier.detectLanguage("je veux renouveler mon passeport", Language.FR);
        assertThat(guess.language()).isEqualTo(Language.FR);
        assertThat(guess.confidence()).isGreaterThan(0.9);
    }

    @Test
    void keywords_shared_by_both_languages_do_not_switch_the_language() {
        assertThat(identifier.detectLanguage("passeport perdu", Language.EN).language()).isEqualTo(Language.EN);
        assertThat(identifier.detectLanguage("passport renewal", Language.FR).language()).isEqualTo(Language.FR);
    }

    @Test
    void a_very_long_or_odd_text_is_handled() {
        assertThat(identifier.detectLanguage("je voudrais un passeport ".repeat(10_000), Language.EN).language())
                .isEqualTo(Language.FR);
        assertThat(identifier.detectLanguage("<script>alert(1)</script>\u0000", Language.FR).language())
                .isEqualTo(Language.FR);
        assertThat(identifier.detectLanguage(null, Language.EN).language()).isEqualTo(Language.EN);
    }
}
