package org.passerelle.intent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passerelle.intent.IntentSettings;
import org.passerelle.knowledge.Language;

class FeatureExtractorTest {

    private final FeatureExtractor english = new FeatureExtractor(Language.EN, IntentSettings.defaults().features());

    @Test
    void a_text_gives_the_bias_its_words_stems_and_bounded_character_ngrams() {
        List<String> features = List.of(english.features("Renewing passports").names());
        assertThat(features.getFirst()).isEqualTo(FeatureExtractor.BIAS);
        assertThat(features).contains("w=renewing", "s=renew", "w=passports", "s=passport", "c=<pa", "c=<pas",
                "c=rts>", "c=ts>");
    }

    @Test
    void a_typo_keeps_most_character_ngrams_of_the_right_word() {
        List<String> right = ngrams("passport");
        List<String> typo = ngrams("pasport");
        long shared = typo.stream().filter(right::contains).count();
        assertThat(shared).isGreaterThanOrEqualTo(typo.size() / 2);
    }

    @Test
    void french_words_are_stemmed_with_the_french_stemmer() {
        FeatureExtractor french = new FeatureExtractor(Language.FR, IntentSettings.defaults().features());
        assertThat(List.of(french.features("renouveler renouvellement").names()))
                .contains("s=renouvel");
    }

    @Test
    void an_empty_or_meaningless_text_has_only_the_bias() {
        assertThat(english.features("").names()).containsExactly(FeatureExtractor.BIAS);
        assertThat(english.features("😀 !!! \u0000").names()).containsExactly(FeatureExtractor.BIAS);
    }

    @Test
    void hashing_bounds_the_feature_names_to_the_buckets() {
        FeatureExtractor hashed = new FeatureExtractor(Language.EN,
                IntentSettings.of(Map.of("features.hash-buckets", "16")).features());
        FeatureVector vector = hashed.features("how do I renew my passport before a trip abroad");
        assertThat(vector.names()).hasSizeLessThanOrEqualTo(17);
        assertThat(List.of(vector.names()).subList(1, vector.names().length)).allMatch(n -> n.matches("h\\d+"));
    }

    @Test
    void normalised_values_give_each_kind_of_feature_unit_length() {
        FeatureExtractor normalised = new FeatureExtractor(Language.EN,
                IntentSettings.of(Map.of("features.normalize", "true", "features.stems", "false",
                        "features.char-ngram-min", "0")).features());
        FeatureVector vector = normalised.features("renew my passport now");
        assertThat(vector.values()[0]).isEqualTo(1f);
        assertThat(vector.values()[1]).isEqualTo(0.5f);
    }

    private List<String> ngrams(String word) {
        return List.of(english.features(word).names()).stream().filter(f -> f.startsWith("c=")).toList();
    }
}
