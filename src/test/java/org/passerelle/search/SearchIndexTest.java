package org.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.search.TestGuides.ALL;
import static org.passerelle.search.TestGuides.PASSPORT_RENEWAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.Language;

class SearchIndexTest {

    private SearchIndex index;

    @BeforeEach
    void build() {
        index = GuideIndexer.index(TestGuides.knowledgeBase(ALL), SearchSettings.defaults());
    }

    /** An index is never changed: a changed knowledge base gets a new one, as {@link SearchService} does. */
    private void indexAnew(KnowledgeBase knowledgeBase) {
        index.close();
        index = GuideIndexer.index(knowledgeBase, SearchSettings.defaults());
    }

    @AfterEach
    void close() {
        index.close();
    }

    private String top(String question, Language language) {
        return index.search(question, language, 5).topGuideId().orElse("nothing");
    }

    // Ranking and typo tolerance

    @Test
    void citizen_who_types_pasport_renwal_gets_the_passport_renewal_guide_first() {
        assertThat(top("pasport renwal", Language.EN)).isEqualTo("passport-renewal");
    }

    @Test
    void citizen_who_asks_a_full_question_gets_the_right_guide() {
        assertThat(top("How can I renew my passport before it expires?", Language.EN)).isEqualTo("passport-renewal");
        assertThat(top("I never had a passport, how do I apply?", Language.EN)).isEqualTo("passport-first");
    }

    @Test
    void ei_and_misspelled_employment_insurance_find_the_ei_guide() {
        assertThat(top("EI", Language.EN)).isEqualTo("ei-apply");
        assertThat(top("employment insurence", Language.EN)).isEqualTo("ei-apply");
        assertThat(top("pogey", Language.EN)).isEqualTo("ei-apply");
    }

    @Test
    void french_citizen_who_types_nas_or_numero_without_accents_gets_the_sin_guide() {
        assertThat(top("numero assurance sociale", Language.FR)).isEqualTo("sin-apply");
        assertThat(top("NAS", Language.FR)).isEqualTo("sin-apply");
    }

    @Test
    void cheque_tps_with_or_without_accent_finds_the_gst_credit() {
        assertThat(top("chèque TPS", Language.FR)).isEqualTo("gst-credit");
        assertThat(top("cheque tps", Language.FR)).isEqualTo("gst-credit");
    }

    @Test
    void a_french_question_with_elisions_finds_its_guide() {
        assertThat(top("j'ai perdu l'emploi, comment demander l'assurance-emploi", Language.FR)).isEqualTo("ei-apply");
    }

    @Test
    void each_language_searches_only_its_own_text() {
        assertThat(index.search("arnaque", Language.EN, 5).hits()).isEmpty();
        assertThat(top("arnaque", Language.FR)).isEqualTo("report-scam");
    }

    @Test
    void hits_carry_the_title_in_the_language_searched_and_respect_the_limit() {
        SearchResults results = index.search("passport", Language.EN, 1);
        assertThat(results.hits()).hasSize(1);
        assertThat(results.hits().getFirst().title()).isEqualTo("Renew your adult passport");
        assertThat(index.search("passeport", Language.FR, 5).hits())
                .extracting(SearchHit::title).contains("Renouveler votre passeport d’adulte");
        assertThat(index.search("passport", Language.EN, 0).hits()).isEmpty();
    }

    @Test
    void fuzzy_policy_off_turns_typo_tolerance_off() {
        try (SearchIndex strict = GuideIndexer.index(TestGuides.knowledgeBase(ALL),
                SearchSettings.of(Map.of("fuzzy.policy", "off")))) {
            assertThat(strict.search("employment insurence", Language.EN, 5).hits())
                    .extracting(SearchHit::guideId).doesNotContain("passport-renewal");
            assertThat(strict.search("renwal", Language.EN, 5).hits()).isEmpty();
        }
        assertThat(top("renwal", Language.EN)).isEqualTo("passport-renewal");
    }

    // Did you mean

    @Test
    void misspelled_words_get_a_did_you_mean_with_the_guides_spelling() {
        assertThat(index.search("pasport renwal", Language.EN, 5).didYouMean()).contains("passport renewal");
        assertThat(index.search("Pasport renwal?", Language.EN, 5).didYouMean()).contains("Passport renewal?");
    }

    @Test
    void french_corrections_keep_the_elision_and_restore_accents() {
        assertThat(index.search("l'assurence emploi", Language.FR, 5).didYouMean()).contains("l'assurance emploi");
        assertThat(index.search("certifcat de naissance", Language.FR, 5).didYouMean())
                .contains("certificat de naissance");
    }

    @Test
    void correctly_spelled_questions_get_no_did_you_mean() {
        assertThat(index.search("passport renewal", Language.EN, 5).didYouMean()).isEmpty();
        assertThat(index.search("renewing my passport", Language.EN, 5).didYouMean()).isEmpty();
        assertThat(index.search("EI", Language.EN, 5).didYouMean()).isEmpty();
    }

    @Test
    void an_inflection_of_a_guide_word_is_not_corrected_but_a_misspelled_ending_is() {
        // The guides say "expired"; "expires" is another form of the same word, not a typo.
        assertThat(index.search("my passport expires", Language.EN, 5).didYouMean()).isEmpty();
        // "insurence" stems like "insurance" yet is misspelled; corrected, it also meets the EI synonym.
        assertThat(index.search("employment insurence", Language.EN, 5).didYouMean()).contains("employment insurance");
    }

    @Test
    void a_word_absent_from_the_guides_is_not_corrected_when_that_finds_nothing_better() {
        // "grandmother" is close to no guide word; "photos" is known. Nothing to offer.
        assertThat(index.search("grandmother photos", Language.EN, 5).didYouMean()).isEmpty();
    }

    // Snippets

    @Test
    void snippets_mark_the_matched_words_including_stems_and_corrections() {
        SearchHit hit = index.search("renwal form", Language.EN, 1).hits().getFirst();
        assertThat(hit.snippet()).contains("<mark>renewal form</mark>");
    }

    @Test
    void snippets_fall_back_to_the_summary_when_no_word_is_in_the_text() {
        SearchHit hit = index.search("unemployment benefits", Language.EN, 1).hits().getFirst();
        assertThat(hit.guideId()).isEqualTo("ei-apply");
        assertThat(hit.snippet()).startsWith("If you lost your job").doesNotContain("<mark>");
    }

    @Test
    void markup_in_guide_text_is_escaped_and_only_mark_tags_remain() {
        Guide hostile = TestGuides.guide("hostile", "safety",
                new TestGuides.Side("Beware of <b>bold</b> claims",
                        "A summary with <script>alert('x')</script> & \"quotes\" about scams.",
                        List.of("Do not click: <img src=x onerror=alert(1)> scam links & 'quotes'."),
                        List.of("scam links")),
                new TestGuides.Side("Méfiez-vous", "Résumé.", List.of("Étape : texte."), List.of("arnaque")));
        List<Guide> guides = new ArrayList<>(ALL);
        guides.add(hostile);
        indexAnew(TestGuides.knowledgeBase(guides));

        for (String question : List.of("scam script alert", "onerror img click scam links", "<script>alert(1)</script> scam")) {
            for (SearchHit hit : index.search(question, Language.EN, 10).hits()) {
                String withoutMarks = hit.snippet().replace("<mark>", "").replace("</mark>", "");
                assertThat(withoutMarks).doesNotContain("<", ">", "\"", "'");
            }
        }
        SearchHit hit = index.search("click scam links", Language.EN, 10).hits().stream()
                .filter(h -> h.guideId().equals("hostile")).findFirst().orElseThrow();
        assertThat(hit.snippet()).contains("&lt;img src=x onerror=alert(1)&gt;").contains("&amp;")
                .contains("<mark>scam links</mark>");
    }

    // A changed knowledge base: a new index

    @Test
    void a_changed_guide_is_searchable_in_the_index_of_the_changed_knowledge_base() {
        assertThat(index.search("snowmobile", Language.EN, 5).hits()).isEmpty();
        Guide changed = withEnglishTitle(PASSPORT_RENEWAL, "Renew your adult passport, even on a snowmobile");
        List<Guide> guides = new ArrayList<>(ALL);
        guides.set(guides.indexOf(PASSPORT_RENEWAL), changed);

        indexAnew(TestGuides.knowledgeBase(guides));

        assertThat(top("snowmobile", Language.EN)).isEqualTo("passport-renewal");
        assertThat(index.search("passport", Language.EN, 10).hits())
                .extracting(SearchHit::guideId).doesNotHaveDuplicates();
    }

    @Test
    void a_removed_guide_is_in_neither_the_results_nor_the_suggestions_of_the_new_index() {
        List<Guide> withoutScam = ALL.stream().filter(g -> !g.id().equals("report-scam")).toList();
        indexAnew(TestGuides.knowledgeBase(withoutScam));

        assertThat(index.search("scam", Language.EN, 5).hits()).extracting(SearchHit::guideId).doesNotContain("report-scam");
        assertThat(index.suggest("rep", Language.EN, 10)).doesNotContain("Report a scam");
        assertThat(index.guideCount()).isEqualTo(ALL.size() - 1);
    }

    @Test
    void indexing_the_same_knowledge_base_again_gives_the_same_results() {
        List<SearchHit> before = index.search("passport", Language.EN, 10).hits();
        indexAnew(TestGuides.knowledgeBase(ALL));
        assertThat(index.search("passport", Language.EN, 10).hits()).isEqualTo(before);
    }

    @Test
    void changed_synonyms_apply_in_the_new_index() {
        assertThat(top("pogey", Language.EN)).isEqualTo("ei-apply");
        indexAnew(TestGuides.knowledgeBase(ALL, List.of("scam, swindle"), List.of()));
        assertThat(index.search("pogey", Language.EN, 5).hits()).isEmpty();
        assertThat(top("swindle", Language.EN)).isEqualTo("report-scam");
    }

    // Autocomplete

    @Test
    void two_typed_letters_already_suggest_titles() {
        assertThat(index.suggest("pa", Language.EN, 5)).contains("Renew your adult passport");
        assertThat(index.suggest("p", Language.EN, 5)).isNotEmpty();
    }

    @Test
    void suggestions_match_any_word_and_put_titles_first() {
        assertThat(index.suggest("renew", Language.EN, 5)).first().isEqualTo("Renew your adult passport");
        assertThat(index.suggest("insurance num", Language.EN, 5)).contains("social insurance number");
    }

    @Test
    void suggestions_tolerate_a_typo_in_what_is_typed() {
        assertThat(index.suggest("pasport", Language.EN, 5)).anyMatch(s -> s.contains("passport"));
        assertThat(index.suggest("renwe my pa", Language.EN, 5)).contains("renew my passport");
        assertThat(index.suggest("renouvler mon", Language.FR, 5)).contains("renouveler mon passeport");
    }

    @Test
    void training_phrases_with_typos_or_missing_accents_are_never_suggested() {
        assertThat(index.suggest("pas", Language.EN, 10)).doesNotContain("pasport renewal");
        assertThat(index.suggest("renouv", Language.FR, 10)).doesNotContain("renouvelement passeport");
        assertThat(index.suggest("numero", Language.FR, 10)).doesNotContain("numero d'assurance sociale");
        assertThat(index.suggest("renewing", Language.EN, 10)).contains("renewing my passport");
    }

    @Test
    void suggestions_respect_the_limit_and_the_language() {
        assertThat(index.suggest("p", Language.EN, 2)).hasSizeLessThanOrEqualTo(2);
        assertThat(index.suggest("passeport", Language.EN, 5)).noneMatch(s -> s.contains("passeport"));
    }

    // Bad input

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n", "😀🎉", "\u0000\u0007\u001b[31m", "\"", "*", "(", ")", "AND", ":", "~",
            "\"*(:~)\"", "?", "\\", "/", "+-!^[]{}", "the of and", "le la les de", "\u202e\u200b"})
    void input_with_nothing_to_search_gives_empty_results_and_no_exception(String input) {
        for (Language language : Language.values()) {
            SearchResults results = index.search(input, language, 5);
            assertThat(results.hits()).isEmpty();
            assertThat(results.didYouMean()).isEmpty();
            assertThat(index.suggest(input, language, 5)).isNotNull();
        }
    }

    @Test
    void null_input_is_treated_as_empty() {
        assertThat(index.search(null, Language.EN, 5).hits()).isEmpty();
        assertThat(index.suggest(null, Language.EN, 5)).isEmpty();
    }

    @Test
    void script_typed_by_a_citizen_is_just_text_and_never_echoed_as_markup() {
        SearchResults results = index.search("<script>alert(1)</script>", Language.EN, 5);
        assertThat(results.hits()).isEmpty();
        assertThat(results.didYouMean()).isEmpty();
        for (SearchHit hit : index.search("<b onmouseover=alert(1)>passport</b>", Language.EN, 5).hits()) {
            assertThat(hit.snippet()).doesNotContain("<b", "onmouseover");
        }
    }

    @Test
    void lucene_query_syntax_is_searched_as_plain_words() {
        assertThat(top("title_en:passport AND renew*", Language.EN)).isEqualTo("passport-renewal");
        assertThat(top("\"renew passport\"~2 OR (sin)^10", Language.EN)).isIn("passport-renewal", "sin-apply");
        assertThat(top("passport~", Language.EN)).isIn("passport-renewal", "passport-first");
    }

    @Test
    void a_hundred_thousand_characters_are_cut_and_searched_without_error() {
        String huge = "passport renewal ".repeat(6_000) + "x".repeat(100_000);
        SearchResults results = index.search(huge, Language.EN, 5);
        assertThat(results.topGuideId()).contains("passport-renewal");
        assertThat(index.search("x".repeat(100_000), Language.EN, 5).hits()).isEmpty();
        assertThat(index.search("é".repeat(100_000), Language.FR, 5).hits()).isEmpty();
        assertThat(index.suggest("pass".repeat(25_000), Language.EN, 5)).isNotNull();
    }

    @Test
    void many_different_misspelled_words_stay_within_lucene_clause_limits() {
        StringBuilder words = new StringBuilder();
        for (String w : List.of("pasport", "renwal", "insurence", "employmant", "certficate", "numbr", "socal",
                "aplication", "onlin", "photograph", "guarantr", "documnts", "paymant", "deposite", "incom", "retrn",
                "credt", "cheqe", "frad", "scamm", "passpart", "renewl", "insurnce", "employmen", "certificat")) {
            words.append(w).append(' ');
        }
        assertThat(index.search(words.toString(), Language.EN, 5).hits()).isNotEmpty();
    }

    private static Guide withEnglishTitle(Guide guide, String title) {
        GuideText en = guide.text(Language.EN);
        GuideText changed = new GuideText(Language.EN, title, en.summary(), en.officialLink(), en.lastReviewed(),
                en.steps(), en.questions());
        return new Guide(guide.id(), guide.topic(), guide.related(), Map.of(Language.EN, changed, Language.FR,
                guide.text(Language.FR)));
    }
}
