package org.passerelle.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;
import org.passerelle.search.SearchSettings.EnglishStemmer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis chains, one per language, built from the same steps at index and query time:
 *
 * <pre>
 * English: standard tokenizer → possessive ('s) → lower case → accent folding → [synonyms] → stop words → stemmer
 * French:  standard tokenizer → elision (l', d', qu'…) → lower case → accent folding → [synonyms] → stop words → light stemmer
 * </pre>
 *
 * <p>Synonyms are applied at query time only. {@link SynonymGraphFilter} produces a token graph, and
 * Lucene's query builder turns a multi-word alternative into a proper sub-query ({@code ei} →
 * {@code ei OR (employment AND insurance)}); at index time the graph would have to be flattened, which
 * loses that structure and makes phrases match where they should not. It also means editors' synonym
 * changes apply without rewriting any document, and the index stays independent of the synonym list.
 * The synonyms come before stop words and stemming, so a rule such as {@code roe, record of employment}
 * matches what people type, and its output is stemmed like the indexed text.
 *
 * <p>Accent folding comes early so that synonyms, stop words and the vocabulary all ignore accents
 * ({@code chèque} = {@code cheque}, {@code numéro} = {@code numero}); kiosk users often type without them.
 */
final class Analysis {

    private static final Logger log = LoggerFactory.getLogger(Analysis.class);

    /**
     * Lucene's 33 English stop words (a, the, of, to, ...), not the 174-word Snowball list: the longer list
     * also drops words that carry meaning in a question ("how to use", "ran out", "can't", "my"), and on
     * the held-out queries it found the right guide first less often (Recall@1 0.912 against 0.934).
     */
    private static final CharArraySet ENGLISH_STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final CharArraySet FRENCH_STOP_WORDS = folded(FrenchAnalyzer.getDefaultStopSet());

    private Analysis() {
    }

    /** Whole words, lower-cased and accent-folded: the {@link Field#WORDS} vocabulary and user-text tokens. */
    static Analyzer words(Language language) {
        return new Chain(language, true, false, null, EnglishStemmer.PORTER);
    }

    /** Whole words, lower-cased, accents kept: for showing corrections and suggestions as editors wrote them. */
    static Analyzer surfaceWords(Language language) {
        return new Chain(language, false, false, null, EnglishStemmer.PORTER);
    }

    /** The full chain without synonyms: what the searched fields hold. */
    static Analyzer index(Language language, EnglishStemmer stemmer) {
        return new Chain(language, true, true, null, stemmer);
    }

    /** The full chain with the editors' synonyms. */
    static Analyzer query(Language language, EnglishStemmer stemmer, SynonymMap synonyms) {
        return new Chain(language, true, true, synonyms.fst == null ? null : synonyms, stemmer);
    }

    /** The analyzer of the index writer: each field with its language's chain. */
    static Analyzer indexWriter(EnglishStemmer stemmer) {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Language language : Language.values()) {
            Analyzer stemmed = index(language, stemmer);
            for (Field field : Field.values()) {
                perField.put(field.in(language), field == Field.WORDS ? words(language) : stemmed);
            }
        }
        return new PerFieldAnalyzerWrapper(words(Language.EN), perField);
    }

    /**
     * Parses Solr-format synonym lines ({@code ei, employment insurance}, {@code sin => social insurance number}).
     * A line that does not parse is logged and skipped rather than failing the whole index: one editor's typo
     * should not take search down. Rules are matched against accent-folded, lower-cased words.
     */
    static SynonymMap synonyms(Language language, List<String> lines) {
        try (Analyzer words = words(language)) {
            return synonyms(language, lines, words);
        }
    }

    private static SynonymMap synonyms(Language language, List<String> lines, Analyzer words) {
        StringBuilder valid = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            try {
                new SolrSynonymParser(true, true, words).parse(new StringReader(line));
                valid.append(line).append('\n');
            } catch (ParseException | IllegalArgumentException e) {
                log.warn("synonyms/{}.txt line {} ignored: {}", language.code(), i + 1,
                        e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, words);
            parser.parse(new StringReader(valid.toString()));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("synonyms that parsed one by one failed together", e);
        }
    }

    /** Folds accents the way the analyzers do: {@code Numéro} → {@code Numero}. */
    static String fold(String s) {
        char[] in = s.toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }

    static boolean isStopWord(Language language, String foldedWord) {
        return (language == Language.FR ? FRENCH_STOP_WORDS : ENGLISH_STOP_WORDS).contains(foldedWord);
    }

    private static CharArraySet folded(CharArraySet words) {
        CharArraySet folded = new CharArraySet(words.size(), true);
        for (Object word : words) {
            folded.add(fold(word instanceof char[] chars ? new String(chars) : word.toString()));
        }
        return CharArraySet.unmodifiableSet(folded);
    }

    private static final class Chain extends Analyzer {

        private final Language language;
        private final boolean fold;
        private final boolean stopAndStem;
        private final @Nullable SynonymMap synonyms;
        private final EnglishStemmer stemmer;

        Chain(Language language, boolean fold, boolean stopAndStem, @Nullable SynonymMap synonyms,
                EnglishStemmer stemmer) {
            this.language = language;
            this.fold = fold;
            this.stopAndStem = stopAndStem;
            this.synonyms = synonyms;
            this.stemmer = stemmer;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = language == Language.FR
                    ? new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES)
                    : new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            if (fold) {
                stream = new ASCIIFoldingFilter(stream);
            }
            if (synonyms != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            if (stopAndStem) {
                stream = new StopFilter(stream, language == Language.FR ? FRENCH_STOP_WORDS : ENGLISH_STOP_WORDS);
                stream = language == Language.FR ? new FrenchLightStemFilter(stream) : switch (stemmer) {
                    case PORTER -> new PorterStemFilter(stream);
                    case KSTEM -> new KStemFilter(stream);
                    case MINIMAL -> new EnglishMinimalStemFilter(stream);
                };
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            TokenStream stream = new LowerCaseFilter(in);
            return fold ? new ASCIIFoldingFilter(stream) : stream;
        }
    }
}
