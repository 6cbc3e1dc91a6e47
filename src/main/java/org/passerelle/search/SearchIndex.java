package org.passerelle.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.StringHelper;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches the Lucene index of a knowledge base's guides, in English and French, that {@link GuideIndexer} built;
 * usable without Spring (the command line and benchmarks build one directly; the application uses
 * {@link SearchService}).
 *
 * <p>The index never changes once built, so one reader serves every search, and all methods are thread-safe; a
 * changed knowledge base gets a new index. Closing it closes what it was built of.
 *
 * <p>Whatever a citizen types, {@link #search} and {@link #suggest} do not throw: text is cut to
 * {@code passerelle.search.query.*} limits, control characters are dropped, and it is analysed, never
 * parsed, so Lucene syntax ({@code "}, {@code *}, {@code AND}, {@code :}) is just text.
 */
public final class SearchIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    /** The fields editors wrote and reviewed: all but the training phrases. */
    private static final List<Field> CURATED = Field.SEARCHED.stream().filter(f -> f != Field.QUESTIONS).toList();

    private final SearchSettings settings;
    private final BuiltIndex built;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** The analyzer the guides were indexed with: the snippets are cut with it. */
    private final Analyzer indexAnalyzer;
    private final Snippets snippets;
    private final Map<Language, Analyzer> words = new EnumMap<>(Language.class);
    private final Map<Language, Analyzer> stemmed = new EnumMap<>(Language.class);
    private final Map<Language, QueryBuilder> queries = new EnumMap<>(Language.class);
    private final DirectSpellChecker oneEdit;
    private final DirectSpellChecker twoEdits;
    /** Cache: language and typed word → similar guide words. */
    private final Map<String, SimilarWords> similarWords = new ConcurrentHashMap<>();

    /**
     * Bound of the cache of similar words per typed word. Building Levenshtein automata for a misspelled
     * word is the most expensive step of a search, and a kiosk sees the same misspellings again and again;
     * the cache belongs to the index, so a new knowledge base starts with an empty one.
     */
    private static final int MAX_CACHED_WORDS = 10_000;

    /**
     * A question turned into a Lucene query.
     *
     * @param words       its words, lower-cased and accent-folded, with their offsets in the text
     * @param corrections misspelled word → the closest guide word, for "did you mean"
     */
    private record Plan(List<Token> words, Query query, Map<String, String> corrections) {
    }

    /** Opens what {@code built} is made of for searching; see {@link GuideIndexer#index}. */
    SearchIndex(BuiltIndex built, SearchSettings settings) {
        this.settings = settings;
        this.built = built;
        for (Language language : Language.values()) {
            words.put(language, Analysis.words(language));
            stemmed.put(language, Analysis.index(language, settings.englishStemmer()));
            queries.put(language, new QueryBuilder(Analysis.query(language, settings.englishStemmer(),
                    Analysis.synonyms(language, built.knowledgeBase().synonyms(language)))));
        }
        this.indexAnalyzer = Analysis.indexWriter(settings.englishStemmer());
        this.snippets = new Snippets(indexAnalyzer, settings.snippetLength());
        this.oneEdit = SpellCheckers.of(settings.fuzzy(), 1);
        this.twoEdits = SpellCheckers.of(settings.fuzzy(), 2);
        try {
            this.reader = DirectoryReader.open(built.directory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.searcher = new IndexSearcher(reader);
    }

    /** The number of guides indexed. */
    public int guideCount() {
        return built.knowledgeBase().guidesById().size();
    }

    /**
     * The guides that best answer {@code question}, best first, each with a highlighted snippet, and a
     * corrected question when words look misspelled. Empty results, never an exception, for blank text,
     * emoji, markup, Lucene syntax or very long text.
     *
     * @param limit the most hits wanted; capped by {@code passerelle.search.query.max-results}
     */
    public SearchResults search(@Nullable String question, Language language, int limit) {
        Objects.requireNonNull(language);
        String text = UserText.clean(question, settings.query().maxLength()).strip();
        int wanted = Math.min(limit, settings.query().maxResults());
        if (text.isEmpty() || wanted <= 0) {
            return SearchResults.empty();
        }
        try {
            Plan plan = plan(text, language, Field.SEARCHED, true);
            if (plan == null) {
                return SearchResults.empty();
            }
            TopDocs top = searcher.search(plan.query(), wanted);
            List<SearchHit> hits = hits(language, plan, top);
            Optional<String> didYouMean = didYouMean(text, language, plan);
            return new SearchResults(hits, didYouMean);
        } catch (IndexSearcher.TooManyClauses e) {
            // Not reachable with the query limits unless synonym rules are enormous; fail soft.
            log.warn("Query too large to search ({} clauses): {} characters", e.getMessage(), text.length());
            return SearchResults.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Up to {@code limit} guide titles and training phrases that complete what has been typed so far, from
     * one character on; tolerates a typo from {@code passerelle.search.suggest.min-fuzzy-length} characters.
     */
    public List<String> suggest(@Nullable String prefix, Language language, int limit) {
        Objects.requireNonNull(language);
        String text = UserText.clean(prefix, settings.query().maxLength()).stripLeading();
        if (text.isBlank() || limit <= 0) {
            return List.of();
        }
        try {
            return built.autocomplete().suggest(text, () -> correctedPrefix(text, language), language,
                    Math.min(limit, settings.query().maxResults()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What has been typed with misspelled whole words corrected ({@code pasport re} → {@code passport re}),
     * so the infix suggester can match it. A word that begins a guide word ({@code passp}) is left alone:
     * it is a prefix being typed, not a typo.
     */
    private String correctedPrefix(String text, Language language) throws IOException {
        List<Token> tokens = Token.of(words.get(language), Field.WORDS.in(language), text,
                settings.query().maxTerms());
        Map<String, String> corrections = new HashMap<>();
        for (Token token : tokens) {
            String word = token.term();
            if (!corrections.containsKey(word) && !beginsAGuideWord(language, word)) {
                Map<String, String> found = new HashMap<>();
                similarWords(word, language, found);
                if (found.containsKey(word)) {
                    corrections.put(word, built.vocabularies().get(language).display(found.get(word)));
                }
            }
        }
        return corrections.isEmpty() ? text : UserText.replace(text, tokens, corrections);
    }

    private boolean beginsAGuideWord(Language language, String word) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Field.WORDS.in(language));
        if (terms == null) {
            return false;
        }
        TermsEnum vocabulary = terms.iterator();
        BytesRef prefix = new BytesRef(word);
        return vocabulary.seekCeil(prefix) != TermsEnum.SeekStatus.END
                && StringHelper.startsWith(vocabulary.term(), prefix);
    }

    /**
     * @param fields    the fields searched, each with its boost
     * @param tolerance also search guide words similar to misspelled words, and record corrections
     */
    private @Nullable Plan plan(String text, Language language, List<Field> fields, boolean tolerance)
            throws IOException {
        QueryBuilder builder = queries.get(language);
        List<Token> tokens = Token.of(words.get(language), Field.WORDS.in(language), text,
                settings.query().maxTerms());
        if (tokens.isEmpty()) {
            return null;
        }
        String normalized = tokens.stream().map(Token::term).collect(Collectors.joining(" "));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = addFieldQueries(query, builder, language, fields, normalized, 1f);
        Map<String, String> corrections = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Token token : tokens) {
            String word = token.term();
            if (!tolerance || !seen.add(word)) {
                continue;
            }
            for (SuggestWord similar : similarWords(word, language, corrections)) {
                clauses += addFieldQueries(query, builder, language, fields, similar.string,
                        settings.fuzzy().weight() * similar.score);
            }
        }
        return clauses == 0 ? null : new Plan(tokens, query.build(), corrections);
    }

    /**
     * The guide words a typed word may be a misspelling of, closest first, within the fuzzy limits (one edit
     * from 4 letters, two from 7; first letter right). Uses Lucene's Levenshtein automata, as
     * {@code FuzzyQuery} does, over the {@link Field#WORDS} vocabulary; the words found are then searched like
     * typed words, in every field with its boost and with synonyms, rather than matched in one catch-all
     * field: {@code pasport renwal} then ranks exactly like {@code passport renewal}, at a lower weight.
     * Words that only differ by inflection ({@code expires}/{@code expired}) are left to the stemmer.
     * The closest correction of a word that is not in the vocabulary is recorded for "did you mean".
     */
    private List<SuggestWord> similarWords(String word, Language language, Map<String, String> corrections)
            throws IOException {
        SearchSettings.Fuzzy fuzzy = settings.fuzzy();
        int length = word.codePointCount(0, word.length());
        if (length < fuzzy.minLengthOneEdit() || Analysis.isStopWord(language, word)) {
            return List.of();
        }
        Term term = new Term(Field.WORDS.in(language), word);
        boolean known = reader.docFreq(term) > 0;
        boolean expand = fuzzy.policy() == SearchSettings.FuzzyPolicy.ALL_WORDS
                || fuzzy.policy() == SearchSettings.FuzzyPolicy.UNKNOWN_WORDS && !known;
        boolean correct = settings.spelling().enabled() && !known;
        if (!expand && !correct) {
            return List.of();
        }
        String key = language.code() + ':' + word;
        SimilarWords similar = similarWords.get(key);
        if (similar == null) {
            similar = lookUpSimilarWords(term, length, known, language);
            if (similarWords.size() >= MAX_CACHED_WORDS) {
                similarWords.clear();
            }
            similarWords.put(key, similar);
        }
        if (correct && similar.correction() != null) {
            corrections.put(word, similar.correction());
        }
        return expand ? similar.expansions() : List.of();
    }

    /**
     * The guide words close to a typed word.
     *
     * @param expansions closest first, those with another stem than the typed word: the ones worth searching
     *                   for too (a word with the same stem is already matched by the stemmer)
     * @param correction the closest that is not merely another inflection of the typed word, for "did you
     *                   mean": {@code insurence} → {@code insurance} although both stem to {@code insur}, but
     *                   not {@code expires} → {@code expired}
     */
    private record SimilarWords(List<SuggestWord> expansions, @Nullable String correction) {
    }

    private SimilarWords lookUpSimilarWords(Term term, int length, boolean known, Language language)
            throws IOException {
        SearchSettings.Fuzzy fuzzy = settings.fuzzy();
        SuggestMode mode = known ? SuggestMode.SUGGEST_ALWAYS : SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX;
        // For long words, also words two edits away even when some are one edit away: measured, looking two
        // edits away only when nothing is one edit away was faster but found the right guide first less
        // often (Recall@1 with a typo per question 0.912 / 0.927 instead of 0.923 / 0.939). The cache of
        // similar words pays for the costlier automaton after a word's first search.
        DirectSpellChecker checker = length >= fuzzy.minLengthTwoEdits() ? twoEdits : oneEdit;
        SuggestWord[] candidates = checker.suggestSimilar(term, fuzzy.maxExpansions(), reader, mode,
                fuzzy.minSimilarity());
        String typed = term.text();
        String stem = stem(typed, language);
        List<SuggestWord> expansions = new ArrayList<>(candidates.length);
        String correction = null;
        for (SuggestWord candidate : candidates) {
            boolean sameStem = stem(candidate.string, language).equals(stem);
            if (!sameStem) {
                expansions.add(candidate);
            }
            if (correction == null && (!sameStem || !Inflections.areInflections(language, typed, candidate.string))) {
                correction = candidate.string;
            }
        }
        return new SimilarWords(List.copyOf(expansions), correction);
    }

    private String stem(String word, Language language) {
        List<Token> tokens = Token.of(stemmed.get(language), "", word, 1);
        return tokens.isEmpty() ? "" : tokens.getFirst().term();
    }

    /** Adds {@code text} searched in every boosted field; returns the number of clauses added. */
    private int addFieldQueries(BooleanQuery.Builder query, QueryBuilder builder, Language language,
            List<Field> fields, String text, float weight) {
        int added = 0;
        for (Field field : fields) {
            float boost = field.boost(settings.boost()) * weight;
            if (boost <= 0) {
                continue;
            }
            Query q = builder.createBooleanQuery(field.in(language), text);
            if (q != null) {
                query.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
                added++;
            }
        }
        return added;
    }

    private List<SearchHit> hits(Language language, Plan plan, TopDocs top) throws IOException {
        if (top.scoreDocs.length == 0) {
            return List.of();
        }
        String[] ids = new String[top.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = guideId(top.scoreDocs[i].doc);
        }
        String[] marked = snippets.of(searcher, language, plan.query(), top, doc -> {
            Map<Language, String> bodies = built.bodies().get(guideId(doc));
            return bodies != null ? bodies.get(language) : stored(doc, Field.BODY.in(language));
        });
        Map<String, Guide> guides = built.knowledgeBase().guidesById();
        List<SearchHit> hits = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            Guide guide = guides.get(ids[i]);
            String title = guide != null ? guide.text(language).title()
                    : stored(top.scoreDocs[i].doc, Field.TITLE.in(language));
            hits.add(new SearchHit(ids[i], top.scoreDocs[i].score, title, marked[i] == null ? "" : marked[i]));
        }
        return hits;
    }

    private String guideId(int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), Field.ID);
        return ids.advanceExact(doc - leaf.docBase) ? ids.lookupOrd(ids.ordValue()).utf8ToString()
                : stored(doc, Field.ID);
    }

    /** A stored field: a fallback only, when what was kept in memory at indexing lacks a document's value. */
    private String stored(int doc, String field) throws IOException {
        String value = searcher.storedFields().document(doc, Set.of(field)).get(field);
        return value == null ? "" : value;
    }

    /**
     * The question with its misspelled words corrected, when that finds clearly better results: a word that
     * is merely absent from the guides ("grandmother") is not "corrected" into a guide word that happens to
     * be close. Both versions are scored as typed, without typo tolerance (which would credit the misspelled
     * question with the corrected words' matches), and on the editors' text only, without the training
     * phrases: those deliberately contain common misspellings ("pasport renewal"), so with them the
     * misspelled question could score higher than the correct one.
     */
    private Optional<String> didYouMean(String text, Language language, Plan plan) throws IOException {
        if (plan.corrections().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> display = new HashMap<>();
        plan.corrections().forEach((typed, correction) ->
                display.put(typed, built.vocabularies().get(language).display(correction)));
        String corrected = UserText.replace(text, plan.words(), display);
        float correctedScore = topScore(corrected, language);
        return correctedScore > 0
                && correctedScore >= topScore(text, language) * settings.spelling().minScoreGain()
                ? Optional.of(corrected) : Optional.empty();
    }

    private float topScore(String text, Language language) throws IOException {
        Plan plan = plan(text, language, CURATED, false);
        if (plan == null) {
            return 0f;
        }
        TopDocs top = searcher.search(plan.query(), 1);
        return top.scoreDocs.length == 0 ? 0f : top.scoreDocs[0].score;
    }

    @Override
    public synchronized void close() {
        try {
            built.autocomplete().close();
            reader.close();
            built.directory().close();
            indexAnalyzer.close();
            words.values().forEach(Analyzer::close);
            stemmed.values().forEach(Analyzer::close);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
