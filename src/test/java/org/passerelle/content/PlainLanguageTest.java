package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.Language;

class PlainLanguageTest {

    @Test
    void english_syllables_are_counted_from_vowel_groups_without_a_silent_e() {
        assertThat(List.of("the", "cat", "make", "makes", "asked", "needed", "boxes", "table", "tables", "agree",
                "passport", "application", "documentation", "30"))
                .map(w -> PlainLanguage.syllables(w, Language.EN))
                .containsExactly(1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 4, 5, 1);
    }

    @Test
    void french_syllables_do_not_count_a_mute_final_e() {
        assertThat(List.of("le", "table", "tables", "été", "passeport", "renouvellement", "où"))
                .map(w -> PlainLanguage.syllables(w, Language.FR))
                .containsExactly(1, 1, 1, 2, 3, 5, 1);
    }

    @Test
    void flesch_reading_ease_follows_its_formula() {
        // 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 1
        Readability r = PlainLanguage.readability(Language.EN, List.of("The cat sat on the mat."));

        assertThat(r.score()).isCloseTo(116.145, within(1e-9));
        assertThat(r.words()).isEqualTo(6);
        assertThat(r.syllables()).isEqualTo(6);
        assertThat(r.wordsPerSentence()).isEqualTo(6.0);
    }

    @Test
    void kandel_moles_follows_its_formula() {
        // "Le chat dort." 3 words, 1 sentence, 3 syllables: 207 - 1.015 * 3 - 73.6 * 1
        Readability r = PlainLanguage.readability(Language.FR, List.of("Le chat dort."));

        assertThat(r.score()).isCloseTo(130.355, within(1e-9));
        assertThat(r.formula()).isEqualTo("Kandel-Moles");
    }

    @Test
    void no_text_has_no_score() {
        assertThat(PlainLanguage.readability(Language.EN, List.of()).score()).isNaN();
    }

    @Test
    void each_list_item_and_paragraph_is_a_block_and_sentences_end_at_their_punctuation() {
        List<String> blocks = PlainLanguage.blocks("Bring these. Then wait:\n\n- Your **passport**\n- Two photos\n\nSee [the guide](guide:x).");

        assertThat(blocks).containsExactly("Bring these. Then wait:", "Your passport", "Two photos", "See the guide.");
        assertThat(PlainLanguage.sentences(blocks.getFirst())).containsExactly("Bring these.", "Then wait:");
        assertThat(PlainLanguage.words("It’s a re-entry, isn't it?")).containsExactly("It’s", "a", "re-entry", "isn't", "it");
    }
}
