package org.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.Language;
import org.passerelle.search.SearchSettings.EnglishStemmer;

class AnalysisTest {

    private static List<String> terms(Analyzer analyzer, String text) {
        return Token.of(analyzer, "f", text, 100).stream().map(Token::term).toList();
    }

    private static List<String> english(String text) {
        return terms(Analysis.index(Language.EN, EnglishStemmer.PORTER), text);
    }

    private static List<String> french(String text) {
        return terms(Analysis.index(Language.FR, EnglishStemmer.PORTER), text);
    }

    @Test
    void english_stemming_makes_renew_renewal_and_renewing_the_same_word() {
        assertThat(english("renew renewal renewing renews")).containsOnly("renew");
    }

    @Test
    void english_possessives_and_stop_words_are_dropped() {
        assertThat(english("How do I renew my child's passport at the office of Canada?"))
                .containsExactly("how", "do", "i", "renew", "my", "child", "passport", "offic", "canada");
    }

    @Test
    void english_accents_are_folded() {
        assertThat(english("résumé")).isEqualTo(english("resume"));
    }

    @Test
    void french_elisions_are_removed_whatever_the_apostrophe() {
        assertThat(french("l'assurance d’emploi qu'il j'ai s'inscrire")).doesNotContain("l", "d", "qu", "j", "s")
                .containsAll(french("assurance emploi"));
        assertThat(french("L’assurance")).isEqualTo(french("assurance"));
    }

    @Test
    void french_accents_are_folded_so_cheque_and_numero_match_without_them() {
        assertThat(french("chèque numéro impôts")).isEqualTo(french("cheque numero impots"));
    }

    @Test
    void french_light_stemming_makes_singular_and_plural_meet() {
        assertThat(french("prestation")).isEqualTo(french("prestations"));
        assertThat(french("déclaration")).isEqualTo(french("declarations"));
    }

    @Test
    void french_stop_words_are_dropped_even_without_accents() {
        assertThat(french("où le passeport à la")).isEqualTo(french("passeport")).hasSize(1);
    }

    @Test
    void english_multi_word_synonyms_work_in_both_directions() {
        Analyzer query = Analysis.query(Language.EN, EnglishStemmer.PORTER,
                Analysis.synonyms(Language.EN, List.of("ei, employment insurance")));
        assertThat(terms(query, "EI")).contains("ei", "employ", "insur");
        assertThat(terms(query, "employment insurance")).contains("ei", "employ", "insur");
    }

    @Test
    void french_synonyms_match_with_elisions_and_without_accents() {
        Analyzer query = Analysis.query(Language.FR, EnglishStemmer.PORTER,
                Analysis.synonyms(Language.FR, List.of("nas, numéro d'assurance sociale")));
        assertThat(terms(query, "NAS")).contains("nas").containsAll(french("numero assurance sociale"));
        assertThat(terms(query, "numero assurance sociale")).contains("nas");
    }

    @Test
    void synonym_rules_with_a_stop_word_still_match() {
        Analyzer query = Analysis.query(Language.EN, EnglishStemmer.PORTER,
                Analysis.synonyms(Language.EN, List.of("roe, record of employment")));
        assertThat(terms(query, "roe")).contains("record", "employ");
        assertThat(terms(query, "record of employment")).contains("roe");
    }

    @Test
    void a_synonym_line_that_does_not_parse_is_skipped_and_the_others_still_work() {
        Analyzer query = Analysis.query(Language.EN, EnglishStemmer.PORTER,
                Analysis.synonyms(Language.EN, List.of("broken => => rule", "ei, employment insurance")));
        assertThat(terms(query, "ei")).contains("employ");
    }

    @Test
    void stemmers_can_be_chosen_by_configuration() {
        assertThat(terms(Analysis.index(Language.EN, EnglishStemmer.MINIMAL), "renewals")).containsExactly("renewal");
        assertThat(terms(Analysis.index(Language.EN, EnglishStemmer.KSTEM), "renewing")).containsExactly("renew");
    }
}
