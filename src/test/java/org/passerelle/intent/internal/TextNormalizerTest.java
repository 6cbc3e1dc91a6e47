package org.passerelle.intent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.Language;

class TextNormalizerTest {

    @Test
    void accents_case_and_ligatures_are_folded_so_typing_without_accents_matches() {
        assertThat(TextNormalizer.normalize("Pièce d'IDENTITÉ, cœur", Language.FR, 1000))
                .isEqualTo("piece identite coeur");
        assertThat(TextNormalizer.normalize("piece didentite", Language.FR, 1000)).isEqualTo("piece didentite");
    }

    @Test
    void french_elisions_are_removed_with_straight_or_curly_apostrophes() {
        assertThat(TextNormalizer.tokens("J’ai perdu l'assurance qu'il m'a donnée jusqu'à aujourd'hui", Language.FR, 1000))
                .containsExactly("ai", "perdu", "assurance", "il", "a", "donnee", "a", "aujourdhui");
    }

    @Test
    void english_apostrophes_are_dropped_as_people_type_them() {
        assertThat(TextNormalizer.tokens("I don't know what's my SIN", Language.EN, 1000))
                .containsExactly("i", "dont", "know", "whats", "my", "sin");
    }

    @Test
    void a_number_standing_alone_becomes_0_but_form_names_keep_their_digits() {
        assertThat(TextNormalizer.tokens("T4 slip for 2024, call 1-800-622-6232", Language.EN, 1000))
                .containsExactly("t4", "slip", "for", "0", "call", "0", "0", "0", "0");
    }

    @Test
    void punctuation_emoji_markup_and_control_characters_disappear() {
        assertThat(TextNormalizer.tokens("<script>alert('x')</script>\u0000\u0007 😀🎉 passport!!!", Language.EN, 1000))
                .containsExactly("script", "alert", "x", "script", "passport");
        assertThat(TextNormalizer.tokens("😀🎉  \t\n", Language.EN, 1000)).isEmpty();
    }

    @Test
    void only_the_first_characters_are_read_and_a_surrogate_pair_is_not_cut_in_half() {
        assertThat(TextNormalizer.tokens("passport ".repeat(20_000), Language.EN, 100)).hasSize(12);
        assertThat(TextNormalizer.normalize("ab😀", Language.EN, 3)).isEqualTo("ab");
    }
}
