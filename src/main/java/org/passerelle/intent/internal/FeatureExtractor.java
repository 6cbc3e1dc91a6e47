package org.passerelle.intent.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.passerelle.intent.IntentSettings;
import org.passerelle.knowledge.Language;

/**
 * The classifier's view of a text: a set of string features (presence, not counts), fed to OpenNLP's
 * event trainers directly. Going through events rather than {@code DocumentCategorizerME} avoids a custom
 * {@code FeatureGenerator} class, which OpenNLP 2.5 only instantiates from allow-listed packages.
 *
 * <p>Feature kinds, each switchable in {@link IntentSettings.Features}:
 * <ul>
 *   <li>{@code w=passport}: the normalised word;</li>
 *   <li>{@code s=renew}: its Snowball stem, so inflections meet;</li>
 *   <li>{@code b=renew_passport}: two neighbouring stems, for word order and compounds;</li>
 *   <li>{@code c=<pas}, {@code c=spor}: character n-grams inside a word with boundary marks. A typo changes
 *   only the few n-grams that span it, so "pasport" still shares most of its n-grams with "passport";</li>
 *   <li>{@code bias}: always present. It gives each label a prior, which is all an empty or meaningless text
 *   gets: a low-confidence prediction rather than an error.</li>
 * </ul>
 * Instances are immutable and thread-safe: Snowball stemmers keep state, so one is made per text.
 */
public final class FeatureExtractor {

    public static final String BIAS = "bias";

    private final Language language;
    private final IntentSettings.Features settings;

    public FeatureExtractor(Language language, IntentSettings.Features settings) {
        this.language = language;
        this.settings = settings;
    }

    /** The features of {@code text}, each with its value. */
    public FeatureVector features(String text) {
        List<String> tokens = TextNormalizer.tokens(text, language, settings.maxTextLength());
        Set<String> words = new LinkedHashSet<>();
        Set<String> stems = new LinkedHashSet<>();
        Set<String> bigrams = new LinkedHashSet<>();
        Set<String> ngrams = new LinkedHashSet<>();
        SnowballStemmer stemmer = settings.stems() || settings.wordBigrams() ? newStemmer() : null;
        String previous = null;
        for (String token : tokens) {
            String stem = stemmer == null ? token : stemmer.stem(token).toString();
            if (settings.words()) {
                words.add(hashed("w=" + token));
            }
            if (settings.stems()) {
                stems.add(hashed("s=" + stem));
            }
            if (settings.wordBigrams() && previous != null) {
                bigrams.add(hashed("b=" + previous + "_" + stem));
            }
            if (settings.charNgramMin() > 0) {
                addCharNgrams("<" + token + ">", ngrams);
            }
            previous = stem;
        }
        Map<String, Float> vector = new LinkedHashMap<>();
        vector.put(BIAS, 1f);
        for (Set<String> kind : List.of(words, stems, bigrams, ngrams)) {
            // Each kind of feature gets the same total weight (unit length) whatever the text's length, so
            // "hi" weighs as much as a long question, and 40 character n-grams do not drown 6 words.
            float value = settings.normalize() ? (float) (1 / Math.sqrt(kind.size())) : 1f;
            for (String feature : kind) {
                // Sum, not overwrite: with hashing, features of two kinds can share a bucket.
                vector.merge(feature, value, Float::sum);
            }
        }
        String[] names = new String[vector.size()];
        float[] values = new float[vector.size()];
        int i = 0;
        for (Map.Entry<String, Float> e : vector.entrySet()) {
            names[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new FeatureVector(names, values);
    }

    private void addCharNgrams(String bounded, Set<String> features) {
        for (int n = settings.charNgramMin(); n <= settings.charNgramMax(); n++) {
            for (int i = 0; i + n <= bounded.length(); i++) {
                // The whole bounded word is already a word feature; the n-grams are about its parts.
                if (n == bounded.length() && settings.words()) {
                    continue;
                }
                features.add(hashed("c=" + bounded.substring(i, i + n)));
            }
        }
    }

    private String hashed(String feature) {
        // Hashing trades a few collisions for a model whose size does not grow with the vocabulary.
        return settings.hashBuckets() == 0 ? feature : "h" + Math.floorMod(feature.hashCode(), settings.hashBuckets());
    }

    private SnowballStemmer newStemmer() {
        return new SnowballStemmer(language == Language.FR
                ? SnowballStemmer.ALGORITHM.FRENCH
                : SnowballStemmer.ALGORITHM.ENGLISH);
    }
}
