package org.passerelle.intent;

import java.util.Map;
import org.passerelle.config.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the intent classifier is built and how its probabilities are read. The defaults were chosen by
 * measurement: see "Intent classifier: feature and trainer choice" in {@code docs/benchmarks.md}.
 *
 * @param features             what the classifier looks at in a text
 * @param training             the OpenNLP trainer and its parameters
 * @param outOfScopeThreshold  below this top probability the kiosk says "I don't know" rather than guess;
 *                             chosen on held-out phrases ({@code evaluate-knowledge-base} recommends one)
 * @param clarifyMargin        when the second guess is within this of the first, ask "did you mean A or B?"
 * @param fusion               how the classifier's probabilities and the nearest training phrases' vote are combined
 * @param languageDetection    how much evidence it takes to switch away from the kiosk's language
 * @param modelDirectory       where trained models are kept between starts, by what they were trained on (see
 *                             {@link TrainedModels}); empty: in memory only
 */
@ConfigurationProperties("passerelle.intent")
public record IntentSettings(
        @DefaultValue Features features,
        @DefaultValue Training training,
        @DefaultValue("0.18") double outOfScopeThreshold,
        @DefaultValue("0.1") double clarifyMargin,
        @DefaultValue Fusion fusion,
        @DefaultValue LanguageDetection languageDetection,
        @DefaultValue("data/intent-models") String modelDirectory) {

    public IntentSettings {
        requireProbability("out-of-scope-threshold", outOfScopeThreshold);
        requireProbability("clarify-margin", clarifyMargin);
    }

    /**
     * @param words         whole normalised words
     * @param stems         Snowball stems (English or French), so "renew", "renewal" and "renewing" meet
     * @param wordBigrams   pairs of neighbouring stems, so "lost passport" differs from "passport lost ... card"
     * @param charNgramMin  shortest character n-gram inside a word with boundary marks ({@code <pas}, {@code ort>});
     *                      0 turns character n-grams off. They make the classifier tolerate typos
     * @param charNgramMax  longest character n-gram
     * @param maxTextLength characters of a text that are read; the rest is ignored, so a 100,000-character
     *                      paste costs no more than a long question
     * @param hashBuckets   0: every feature is its own parameter. Otherwise features are hashed into this many
     *                      buckets, which bounds the model's size for very large knowledge bases
     * @param charNgramBudget largest (training phrases × labels) for which character n-grams are used. OpenNLP's
     *                      L-BFGS evaluates every phrase against every label at every step, so the cost grows with
     *                      both and with the features per phrase, which character n-grams multiply by ~6. The
     *                      bundled knowledge base (~1,400 × 38) is far below; CLINC150's shape (15,100 × 151) is
     *                      above, and trains in ~25 s with words and stems instead of ~5 minutes
     * @param normalize     give each kind of feature the same weight in every text (values 1/√n for its n
     *                      features) instead of 1 per feature
     */
    public record Features(
            @DefaultValue("true") boolean words,
            @DefaultValue("true") boolean stems,
            @DefaultValue("false") boolean wordBigrams,
            @DefaultValue("3") int charNgramMin,
            @DefaultValue("4") int charNgramMax,
            @DefaultValue("1000") int maxTextLength,
            @DefaultValue("0") int hashBuckets,
            @DefaultValue("false") boolean normalize,
            @DefaultValue("1000000") long charNgramBudget) {

        public Features {
            if (charNgramMin < 0 || charNgramMax < charNgramMin) {
                throw new IllegalArgumentException("char-ngram-min must be >= 0 and <= char-ngram-max");
            }
            if (maxTextLength < 1 || hashBuckets < 0 || charNgramBudget < 0) {
                throw new IllegalArgumentException("max-text-length must be >= 1 and hash-buckets >= 0");
            }
        }
    }

    /**
     * @param algorithm       OpenNLP trainer: {@code MAXENT_QN} (L-BFGS logistic regression), {@code MAXENT}
     *                        (GIS), {@code NAIVEBAYES} or {@code PERCEPTRON}
     * @param iterations      maximum iterations
     * @param l2Cost          L2 regularisation of {@code MAXENT_QN}: higher is smoother, less confident
     * @param l1Cost          L1 regularisation of {@code MAXENT_QN} (OWL-QN); 0 keeps plain L-BFGS
     * @param lbfgsMemory     past updates L-BFGS keeps ({@code MAXENT_QN}); each is two vectors of labels ×
     *                        features doubles, and 5 trains twice as fast as OpenNLP's 15 for the same accuracy
     * @param cutoff          a feature must occur in at least this many phrases to be kept
     * @param threads         threads for {@code MAXENT_QN}; {@link IntentModel} trains the two languages side by
     *                        side and gives each half of them
     * @param maxParameters   the largest model (labels × features) the logistic regression is trained for.
     *                        {@code MAXENT_QN} keeps all of them in several dense vectors, which does not fit in
     *                        memory or in a minute for thousands of guides; above it the classifier answers from the
     *                        nearest training phrases alone ({@link Fusion}), which any size can afford. It is never
     *                        a silent switch: {@link IntentClassifier#algorithm()} and the commands say which it is
     */
    public record Training(
            @DefaultValue("MAXENT_QN") String algorithm,
            @DefaultValue("50") int iterations,
            @DefaultValue("0.1") double l2Cost,
            @DefaultValue("0") double l1Cost,
            @DefaultValue("5") int lbfgsMemory,
            @DefaultValue("1") int cutoff,
            @DefaultValue("2") int threads,
            @DefaultValue("5000000") long maxParameters) {

        public Training {
            if (iterations < 1 || lbfgsMemory < 1 || cutoff < 0 || threads < 1 || l2Cost < 0 || l1Cost < 0 || maxParameters < 1) {
                throw new IllegalArgumentException("training settings out of range");
            }
        }
    }

    /**
     * The classifier's probabilities are fused with the vote of the training phrases nearest to the question (Lucene
     * BM25 over the same features): p(label) ∝ p_classifier(label)^classifierWeight × (neighbourFloor +
     * share(label))^neighbourWeight, where share is the label's part of the nearest phrases' BM25 scores. A weight
     * above 1 sharpens, below 1 flattens, so the fusion also calibrates; the weights were fitted by log-likelihood on
     * out-of-fold predictions of the bundled knowledge base ("Fusion" in {@code docs/benchmarks.md}). When the
     * logistic regression is too large to train ({@link Training#maxParameters()}), the vote alone answers:
     * p(label) ∝ (aloneFloor + share(label))^aloneWeight over the labels that got a vote and "none of these" (whose
     * share is what the nearest phrase does not cover of the question), which does not depend on how many labels
     * there are. The shares are scaled by that coverage, so a weak match is an unsure answer in both modes. The alone
     * weights are not the log-likelihood optimum (1 and 0.01, which leaves a quarter of the 3,000-guide benchmark's
     * probes "not understood") but the sharper pair with the most right answers above the out-of-scope threshold.
     *
     * @param neighbours       how many nearest training phrases vote
     * @param classifierWeight exponent of the classifier's probability
     * @param neighbourWeight  exponent of the vote beside the classifier
     * @param neighbourFloor   added to every label's share, so a label without a vote is not ruled out
     * @param aloneWeight      exponent of the vote when it answers alone
     * @param aloneFloor       added to each voted label's share when the vote answers alone
     */
    public record Fusion(
            @DefaultValue("10") int neighbours,
            @DefaultValue("1.25") double classifierWeight,
            @DefaultValue("0.5") double neighbourWeight,
            @DefaultValue("0.01") double neighbourFloor,
            @DefaultValue("3") double aloneWeight,
            @DefaultValue("0.05") double aloneFloor) {

        public Fusion {
            if (neighbours < 1 || classifierWeight < 0 || neighbourWeight < 0 || neighbourFloor <= 0
                    || aloneWeight <= 0 || aloneFloor <= 0) {
                throw new IllegalArgumentException("fusion: neighbours >= 1, weights >= 0 (alone-weight > 0), floors > 0");
            }
        }
    }

    /**
     * The kiosk's language is the prior: a citizen who chose French keeps French unless the text clearly says
     * otherwise.
     *
     * @param kioskPrior       prior probability that a text is in the kiosk's current language
     * @param minLetters       texts with fewer letters ("ok", "merci", "12") never switch the language
     * @param switchConfidence the other language's posterior probability needed to switch
     * @param detectorWeight   how much the OpenNLP detector's log-ratio counts; its probabilities are flat (spread
     *                         over 103 languages), so its ratio is sharpened
     * @param functionWordWeight likelihood ratio of one function word ("je", "the") for its language
     */
    public record LanguageDetection(
            @DefaultValue("0.7") double kioskPrior,
            @DefaultValue("12") int minLetters,
            @DefaultValue("0.8") double switchConfidence,
            @DefaultValue("4") double detectorWeight,
            @DefaultValue("3") double functionWordWeight) {

        public LanguageDetection {
            requireProbability("kiosk-prior", kioskPrior);
            requireProbability("switch-confidence", switchConfidence);
            if (kioskPrior <= 0 || kioskPrior >= 1 || detectorWeight < 0 || functionWordWeight < 1) {
                throw new IllegalArgumentException("kiosk-prior must be strictly between 0 and 1, detector-weight >= 0"
                        + " and function-word-weight >= 1");
            }
        }
    }

    /** These settings without character n-grams. */
    public IntentSettings withoutCharNgrams() {
        Features f = features;
        return new IntentSettings(new Features(f.words(), f.stems(), f.wordBigrams(), 0, 0, f.maxTextLength(),
                f.hashBuckets(), f.normalize(), f.charNgramBudget()), training, outOfScopeThreshold, clarifyMargin,
                fusion, languageDetection, modelDirectory);
    }

    /** These settings with another number of training threads. */
    public IntentSettings withThreads(int threads) {
        Training t = training;
        return new IntentSettings(features, new Training(t.algorithm(), t.iterations(), t.l2Cost(), t.l1Cost(),
                t.lbfgsMemory(), t.cutoff(), threads, t.maxParameters()),
                outOfScopeThreshold, clarifyMargin, fusion, languageDetection, modelDirectory);
    }

    /** The defaults, as declared by the {@code @DefaultValue}s above (one source of truth). */
    public static IntentSettings defaults() {
        return of(Map.of());
    }

    /**
     * Settings from {@code passerelle.intent.*} properties, e.g. {@code training.l2-cost=1.0} (relative to the
     * prefix), over the defaults. Used by benchmarks and tests to vary one thing at a time.
     */
    public static IntentSettings of(Map<String, String> properties) {
        return Settings.of("passerelle.intent", IntentSettings.class, properties);
    }

    /**
     * The settings the application would use: {@code passerelle.intent.*} from {@code application.properties}
     * on the class path over the defaults. The evaluation commands use this, so they measure the production
     * pipeline and not a variant of it.
     */
    public static IntentSettings fromApplicationProperties() {
        return Settings.fromApplicationProperties("passerelle.intent", IntentSettings.class);
    }

    private static void requireProbability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
    }
}
