package org.passerelle.search;

import java.util.Map;
import org.passerelle.config.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How guides are searched. The defaults were chosen by measurement with {@code evaluate-search} on
 * {@code docs/eval/search-queries.tsv} (173 held-out questions, not training phrases; 32 guides), and on the
 * same questions with a typo put into the longest word of each, to measure typo tolerance on words the
 * training phrases do not happen to contain. Recall@1, English / French, at the time of writing:
 *
 * <pre>
 *                                       as written      with a typo each
 * defaults                              0.934 / 0.927   0.923 / 0.939
 * fuzzy.policy=all-words                0.923 / 0.927   0.912 / 0.939
 * fuzzy.policy=off                      0.923 / 0.927   0.791 / 0.890
 * one FuzzyQuery per word on one field  0.934 / 0.927   0.868 / 0.915   (instead of searching similar words)
 * english-stemmer=kstem                 0.923 / 0.927   0.923 / 0.939
 * english-stemmer=minimal               0.912 / 0.927   0.912 / 0.939
 * Snowball English stop words           0.912 / 0.927
 * boost.title=3                         0.890 / 0.902   0.868 / 0.902
 * boost.questions=1                     0.901 / 0.902   0.868 / 0.915
 * boost.questions=0 (editors' text only, English): Porter 0.802, minimal 0.791, KStem 0.780
 * </pre>
 *
 * @param query          limits that keep any input, even a 100,000-character paste, cheap
 * @param boost          how much a match in each part of a guide counts
 * @param fuzzy          typo tolerance
 * @param spelling       "did you mean"
 * @param suggest        autocomplete while typing
 * @param englishStemmer how English words are reduced to a common form ({@code renewal} → {@code renew});
 *                       French always uses Lucene's light French stemmer
 * @param snippetLength  the length, in characters, a snippet aims for (whole sentences are kept)
 */
@ConfigurationProperties("passerelle.search")
public record SearchSettings(
        @DefaultValue Query query,
        @DefaultValue Boost boost,
        @DefaultValue Fuzzy fuzzy,
        @DefaultValue Spelling spelling,
        @DefaultValue Suggest suggest,
        @DefaultValue("PORTER") EnglishStemmer englishStemmer,
        @DefaultValue("160") int snippetLength) {

    public SearchSettings {
        if (snippetLength < 20) {
            throw new IllegalArgumentException("snippet-length must be >= 20, was " + snippetLength);
        }
    }

    /**
     * @param maxLength  characters of a query that are read; the rest is ignored
     * @param maxTerms   words of a query that are searched; the rest is ignored. Together with
     *                   {@code fuzzy.max-expansions} this bounds the number of clauses of a query well below
     *                   Lucene's limit, so the limit never needs raising
     * @param maxResults the most hits one search returns, whatever the caller asks for
     */
    public record Query(
            @DefaultValue("500") int maxLength,
            @DefaultValue("24") int maxTerms,
            @DefaultValue("50") int maxResults) {

        public Query {
            if (maxLength < 1 || maxTerms < 1 || maxResults < 1) {
                throw new IllegalArgumentException("query limits must be >= 1");
            }
        }
    }

    /**
     * Relative weight of a match in each part of a guide; a guide's score is the sum over parts.
     *
     * @param title     the guide's title
     * @param summary   its one-sentence summary
     * @param steps     step titles, texts and things to bring
     * @param questions the training phrases: how people ask for this guide
     * @param topic     the label of the guide's topic tile
     */
    public record Boost(
            @DefaultValue("2.0") float title,
            @DefaultValue("1.0") float summary,
            @DefaultValue("0.5") float steps,
            @DefaultValue("1.5") float questions,
            @DefaultValue("0.5") float topic) {

        public Boost {
            if (!(title >= 0 && summary >= 0 && steps >= 0 && questions >= 0 && topic >= 0)) {
                throw new IllegalArgumentException("boosts must be >= 0");
            }
        }
    }

    /**
     * @param policy            which words of a query also match similar words
     * @param minLengthOneEdit  words this long or longer may differ by one letter ({@code pasport})
     * @param minLengthTwoEdits words this long or longer may differ by two letters ({@code insurence} → also
     *                          {@code insrence}); shorter words would match too many unrelated words
     * @param prefixLength      letters at the start that must be right; 1 keeps fuzzy matching fast and
     *                          people rarely get the first letter wrong
     * @param maxExpansions     similar words considered per query word
     * @param maxExpansions     similar words of the guides searched for per typed word, the closest first;
     *                          each is searched in every part of a guide, so this multiplies query size
     * @param weight            weight of a similar-word match relative to an exact one, so a correctly
     *                          spelled word always wins
     * @param minSimilarity     how similar (0–1, 1 - edits / length) a word must be to count
     */
    public record Fuzzy(
            @DefaultValue("UNKNOWN_WORDS") FuzzyPolicy policy,
            @DefaultValue("4") int minLengthOneEdit,
            @DefaultValue("7") int minLengthTwoEdits,
            @DefaultValue("1") int prefixLength,
            @DefaultValue("3") int maxExpansions,
            @DefaultValue("0.6") float weight,
            @DefaultValue("0.5") float minSimilarity) {

        public Fuzzy {
            if (minLengthOneEdit < 1 || minLengthTwoEdits < minLengthOneEdit || prefixLength < 0
                    || maxExpansions < 1 || !(weight >= 0) || !(minSimilarity >= 0 && minSimilarity <= 1)) {
                throw new IllegalArgumentException(
                        "fuzzy settings out of range: need 1 <= min-length-one-edit <= min-length-two-edits,"
                                + " prefix-length >= 0, max-expansions >= 1, weight >= 0, 0 <= min-similarity <= 1");
            }
        }
    }

    /** Which words of a query are also matched against similar words of the guides. */
    public enum FuzzyPolicy {
        /** Words that appear nowhere in the guides' text: probably misspelled. */
        UNKNOWN_WORDS,
        /** Every word long enough (stop words excepted), with {@link Fuzzy#weight()}. */
        ALL_WORDS,
        /** No typo tolerance. */
        OFF
    }

    /**
     * Corrections are the closest guide words within {@code fuzzy}'s limits; words shorter than
     * {@code fuzzy.min-length-one-edit} (abbreviations: {@code EI}, {@code NAS}) are never corrected.
     *
     * @param enabled      offer "did you mean"
     * @param minScoreGain a correction is offered only when its best hit scores at least this many times
     *                     the best hit of what was typed (or what was typed finds nothing)
     */
    public record Spelling(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1.2") double minScoreGain) {

        public Spelling {
            if (!(minScoreGain >= 0)) {
                throw new IllegalArgumentException("spelling.min-score-gain must be >= 0");
            }
        }
    }

    /**
     * @param titleWeight    rank of guide titles among suggestions, against 1 for a question
     * @param minFuzzyLength typed characters before suggestions tolerate a typo
     */
    public record Suggest(
            @DefaultValue("10") int titleWeight,
            @DefaultValue("3") int minFuzzyLength) {

        public Suggest {
            if (titleWeight < 1 || minFuzzyLength < 1) {
                throw new IllegalArgumentException("suggest settings out of range");
            }
        }
    }

    /** Lucene's English stemmers, from the most to the least aggressive. */
    public enum EnglishStemmer {
        /** Porter (1980): {@code renewal}, {@code renewing} → {@code renew}; also {@code employer} → {@code employ}. */
        PORTER,
        /** Krovetz: dictionary-based, returns real words. */
        KSTEM,
        /** Plural {@code -s} only. */
        MINIMAL
    }

    /** The defaults, as declared by the {@code @DefaultValue}s above (one source of truth). */
    public static SearchSettings defaults() {
        return of(Map.of());
    }

    /**
     * Settings from {@code passerelle.search.*} properties, relative to the prefix (e.g.
     * {@code fuzzy.policy=all-words}), over the defaults. Benchmarks and tests use it to vary one thing.
     */
    public static SearchSettings of(Map<String, String> properties) {
        return Settings.of("passerelle.search", SearchSettings.class, properties);
    }

    /**
     * The settings the application would use: {@code passerelle.search.*} from {@code application.properties}
     * on the class path over the defaults, so {@code evaluate-search} measures the production configuration.
     */
    public static SearchSettings fromApplicationProperties() {
        return Settings.fromApplicationProperties("passerelle.search", SearchSettings.class);
    }
}
