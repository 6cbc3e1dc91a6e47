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
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.StringHelper;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Lucene index of a knowledge base's guides, in English and French, usable without Spring (the command
 * line and benchmarks build one directly; the application uses {@link SearchService}).
 *
 * <p>The index lives in memory: it is rebuilt from the knowledge base at every start, which takes well
 * under a second for the bundled guides, so there is nothing on disk to keep in step with the content.
 * One {@link IndexWriter} and one {@link SearcherManager}: {@link #index} upserts and commits, then
 * refreshes, so the next search sees the new content (near-real-time) while searches already running
 * finish on the snapshot they acquired. All methods are thread-safe; indexing is serialised.
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
    /**
     * Each file as one byte array: the default splits files into many small buffers, and every postings or
     * terms lookup clones its input, duplicating each buffer; that was a sixth of the time of a search.
     */
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
            ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
    private final Analyzer indexAnalyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Autocomplete autocomplete;
    private final Snippets snippets;
    private final Map<Language, Analyzer> words = new EnumMap<>(Language.class);
    private final Map<Language, Analyzer> stemmed = new EnumMap<>(Language.class);
    private final DirectSpellChecker oneEdit;
    private final DirectSpellChecker twoEdits;
    /** Everything besides the documents that comes from the knowledge base; replaced as a whole. */
    private volatile Snapshot snapshot;

    /**
     * @param languages query-side state per language: synonyms and the editors' vocabulary
     * @param guides    the indexed guides by id, for titles
     * @param bodies    per guide id, the text snippets are cut from, per language: kept in memory (a few KB a
     *                  guide) because decompressing stored fields was a fifth of the time of a search
     * @param similarWords cache: language and typed word → similar guide words
     */
    private record Snapshot(Map<Language, LanguageQueries> languages, Map<String, Guide> guides,
            Map<String, Map<Language, String>> bodies, Map<String, SimilarWords> similarWords) {

        Snapshot(Map<Language, LanguageQueries> languages, Map<String, Guide> guides,
                Map<String, Map<Language, String>> bodies) {
            this(languages, guides, bodies, new ConcurrentHashMap<>());
        }
    }

    /**
     * Bound of the cache of similar words per typed word. Building Levenshtein automata for a misspelled
     * word is the most expensive step of a search, and a kiosk sees the same misspellings again and again;
     * the cache belongs to a snapshot, so re-indexing empties it.
     */
    private static final int MAX_CACHED_WORDS = 10_000;

    /** Query-side state of one language. */
    private record LanguageQueries(QueryBuilder builder, Vocabulary vocabulary) {
    }

    /**
     * A question turned into a Lucene query.
     *
     * @param words       its words, lower-cased and accent-folded, with their offsets in the text
     * @param corrections misspelled word → the closest guide word, for "did you mean"
     */
    private record Plan(List<Token> words, Query query, Map<String, String> corrections) {
    }

    public SearchIndex(SearchSettings settings) {
        this.settings = Objects.requireNonNull(settings);
        for (Language language : Language.values()) {
            words.put(language, Analysis.words(language));
            stemmed.put(language, Analysis.index(language, settings.englishStemmer()));
        }
        this.indexAnalyzer = Analysis.indexWriter(settings.englishStemmer());
        this.snippets = new Snippets(indexAnalyzer, settings.snippetLength());
        this.oneEdit = spellChecker(1);
        this.twoEdits = spellChecker(2);
        this.snapshot = new Snapshot(queries(KnowledgeBaseParts.NONE), Map.of(), Map.of());
        try {
            this.writer = new IndexWriter(directory,
                    new IndexWriterConfig(indexAnalyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            this.searchers = new SearcherManager(writer, null);
            this.autocomplete = new Autocomplete(settings.suggest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DirectSpellChecker spellChecker(int maxEdits) {
        SearchSettings.Fuzzy fuzzy = settings.fuzzy();
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinPrefix(fuzzy.prefixLength());
        checker.setMinQueryLength(fuzzy.minLengthOneEdit());
        checker.setAccuracy(fuzzy.minSimilarity());
        checker.setLowerCaseTerms(false);
        // Absolute: a frequent word may still be expanded under ALL_WORDS.
        checker.setMaxQueryFrequency(Integer.MAX_VALUE);
        return checker;
    }

    /**
     * Makes the index hold exactly the guides of {@code knowledgeBase}: each guide is upserted by id, guides
     * no longer there are deleted, synonyms and suggestions are rebuilt. Idempotent. When this returns, the
     * next search sees the new content.
     */
    public synchronized void index(KnowledgeBase knowledgeBase) {
        Objects.requireNonNull(knowledgeBase);
        try {
            Map<Language, List<String>> curated = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                curated.put(language, new ArrayList<>());
            }
            List<BytesRef> ids = new ArrayList<>(knowledgeBase.guides().size());
            Map<String, Map<Language, String>> bodies = new HashMap<>();
            for (Guide guide : knowledgeBase.guides()) {
                GuideDocuments.Prepared prepared = GuideDocuments.prepare(guide, knowledgeBase);
                writer.updateDocument(new Term(Field.ID, guide.id()), prepared.document());
                ids.add(new BytesRef(guide.id()));
                prepared.curatedText().forEach((language, text) -> curated.get(language).addAll(text));
                bodies.put(guide.id(), prepared.bodies());
            }
            writer.deleteDocuments(new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), Occur.FILTER)
                    .add(new TermInSetQuery(Field.ID, ids), Occur.MUST_NOT)
                    .build());
            writer.commit();
            searchers.maybeRefreshBlocking();
            Map<Language, LanguageQueries> next = queries(new KnowledgeBaseParts(knowledgeBase, curated));
            IndexSearcher searcher = searchers.acquire();
            try {
                autocomplete.rebuild(suggestions(knowledgeBase, next, searcher.getIndexReader()));
            } finally {
                searchers.release(searcher);
            }
            snapshot = new Snapshot(next, knowledgeBase.guidesById(), bodies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The knowledge-base content the query side is built from. */
    private record KnowledgeBaseParts(@Nullable KnowledgeBase knowledgeBase, Map<Language, List<String>> curated) {
        static final KnowledgeBaseParts NONE = new KnowledgeBaseParts(null, Map.of());
    }

    private Map<Language, LanguageQueries> queries(KnowledgeBaseParts parts) {
        Map<Language, LanguageQueries> queries = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<String> synonymLines = parts.knowledgeBase() == null ? List.of()
                    : parts.knowledgeBase().synonyms(language);
            Analyzer analyzer = Analysis.query(language, settings.englishStemmer(),
                    Analysis.synonyms(language, synonymLines));
            queries.put(language, new LanguageQueries(new QueryBuilder(analyzer),
                    Vocabulary.of(language, parts.curated().getOrDefault(language, List.of()),
                            questions(parts.knowledgeBase(), language))));
        }
        return queries;
    }

    private static List<String> questions(@Nullable KnowledgeBase knowledgeBase, Language language) {
        return knowledgeBase == null ? List.of()
                : knowledgeBase.guides().stream().flatMap(g -> g.text(language).questions().stream()).toList();
    }

    /** The number of guides indexed by the last {@link #index}. */
    public int guideCount() {
        return snapshot.guides().size();
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
        Snapshot current = snapshot;
        IndexSearcher searcher = acquire();
        try {
            Plan plan = plan(text, language, current, searcher.getIndexReader(), Field.SEARCHED, true);
            if (plan == null) {
                return SearchResults.empty();
            }
            TopDocs top = searcher.search(plan.query(), wanted);
            List<SearchHit> hits = hits(searcher, current, language, plan, top);
            Optional<String> didYouMean = didYouMean(text, language, current, searcher, plan);
            return new SearchResults(hits, didYouMean);
        } catch (IndexSearcher.TooManyClauses e) {
            // Not reachable with the query limits unless synonym rules are enormous; fail soft.
            log.warn("Query too large to search ({} clauses): {} characters", e.getMessage(), text.length());
            return SearchResults.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
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
            return autocomplete.suggest(text, () -> correctedPrefix(text, language), language,
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
        Snapshot current = snapshot;
        IndexSearcher searcher = searchers.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            for (Token token : tokens) {
                String word = token.term();
                if (!corrections.containsKey(word) && !beginsAGuideWord(reader, language, word)) {
                    Map<String, String> found = new HashMap<>();
                    similarWords(word, language, current, reader, found);
                    if (found.containsKey(word)) {
                        corrections.put(word, current.languages().get(language).vocabulary().display(found.get(word)));
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return corrections.isEmpty() ? text : UserText.replace(text, tokens, corrections);
    }

    private static boolean beginsAGuideWord(IndexReader reader, Language language, String word) throws IOException {
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
    private @Nullable Plan plan(String text, Language language, Snapshot current, IndexReader reader,
            List<Field> fields, boolean tolerance) throws IOException {
        LanguageQueries queries = current.languages().get(language);
        List<Token> tokens = Token.of(words.get(language), Field.WORDS.in(language), text,
                settings.query().maxTerms());
        if (tokens.isEmpty()) {
            return null;
        }
        String normalized = tokens.stream().map(Token::term).collect(Collectors.joining(" "));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = addFieldQueries(query, queries.builder(), language, fields, normalized, 1f);
        Map<String, String> corrections = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Token token : tokens) {
            String word = token.term();
            if (!tolerance || !seen.add(word)) {
                continue;
            }
            for (SuggestWord similar : similarWords(word, language, current, reader, corrections)) {
                clauses += addFieldQueries(query, queries.builder(), language, fields, similar.string,
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
    private List<SuggestWord> similarWords(String word, Language language, Snapshot current, IndexReader reader,
            Map<String, String> corrections) throws IOException {
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
        SimilarWords similar = current.similarWords().get(key);
        if (similar == null) {
            similar = lookUpSimilarWords(term, length, known, language, reader);
            if (current.similarWords().size() >= MAX_CACHED_WORDS) {
                current.similarWords().clear();
            }
            current.similarWords().put(key, similar);
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

    private SimilarWords lookUpSimilarWords(Term term, int length, boolean known, Language language,
            IndexReader reader) throws IOException {
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

    private List<SearchHit> hits(IndexSearcher searcher, Snapshot current, Language language, Plan plan,
            TopDocs top) throws IOException {
        if (top.scoreDocs.length == 0) {
            return List.of();
        }
        String[] ids = new String[top.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = guideId(searcher, top.scoreDocs[i].doc);
        }
        String[] marked = snippets.of(searcher, language, plan.query(), top, doc -> {
            Map<Language, String> bodies = current.bodies().get(guideId(searcher, doc));
            return bodies != null ? bodies.get(language) : stored(searcher, doc, Field.BODY.in(language));
        });
        List<SearchHit> hits = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            Guide guide = current.guides().get(ids[i]);
            String title = guide != null ? guide.text(language).title()
                    : stored(searcher, top.scoreDocs[i].doc, Field.TITLE.in(language));
            hits.add(new SearchHit(ids[i], top.scoreDocs[i].score, title, marked[i] == null ? "" : marked[i]));
        }
        return hits;
    }

    private static String guideId(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), Field.ID);
        return ids.advanceExact(doc - leaf.docBase) ? ids.lookupOrd(ids.ordValue()).utf8ToString()
                : stored(searcher, doc, Field.ID);
    }

    /**
     * A stored field: only needed when a search runs on a searcher refreshed a moment before the snapshot of
     * guides it is read with was replaced.
     */
    private static String stored(IndexSearcher searcher, int doc, String field) throws IOException {
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
    private Optional<String> didYouMean(String text, Language language, Snapshot current,
            IndexSearcher searcher, Plan plan) throws IOException {
        if (plan.corrections().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> display = new HashMap<>();
        plan.corrections().forEach((typed, correction) ->
                display.put(typed, current.languages().get(language).vocabulary().display(correction)));
        String corrected = UserText.replace(text, plan.words(), display);
        float correctedScore = topScore(searcher, corrected, language, current);
        return correctedScore > 0
                && correctedScore >= topScore(searcher, text, language, current) * settings.spelling().minScoreGain()
                ? Optional.of(corrected) : Optional.empty();
    }

    private float topScore(IndexSearcher searcher, String text, Language language, Snapshot current)
            throws IOException {
        Plan plan = plan(text, language, current, searcher.getIndexReader(), CURATED, false);
        if (plan == null) {
            return 0f;
        }
        TopDocs top = searcher.search(plan.query(), 1);
        return top.scoreDocs.length == 0 ? 0f : top.scoreDocs[0].score;
    }

    /** Titles, and the training phrases that read as well-written: no typos or missing accents on screen. */
    private Map<Language, List<Autocomplete.Entry>> suggestions(KnowledgeBase knowledgeBase,
            Map<Language, LanguageQueries> queries, IndexReader reader) throws IOException {
        Map<Language, List<Autocomplete.Entry>> entries = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            WellWritten wellWritten = new WellWritten(language, queries.get(language).vocabulary(), reader);
            List<Autocomplete.Entry> list = new ArrayList<>();
            for (Guide guide : knowledgeBase.guides()) {
                String title = guide.text(language).title();
                list.add(new Autocomplete.Entry(title, weight(settings.suggest().titleWeight(), title)));
                for (String question : guide.text(language).questions()) {
                    if (wellWritten.test(question)) {
                        list.add(new Autocomplete.Entry(question, weight(1, question)));
                    }
                }
            }
            entries.put(language, list);
        }
        return entries;
    }

    /** Higher kinds first; within a kind, shorter first. */
    private static long weight(int kind, String text) {
        return kind * 10_000L + Math.max(0, 9_999 - text.length());
    }

    /**
     * Whether every word of a phrase is spelled as in the guides: present in the editors' text, or unknown
     * but neither written with more accents elsewhere nor within the fuzzy edit distance of a guide word
     * (which would make it a likely typo). This also drops some well-written phrases ({@code expires} is one
     * edit from {@code expired}); on a kiosk screen a shown typo costs more than a missing suggestion.
     */
    private final class WellWritten {

        private final Language language;
        private final Vocabulary vocabulary;
        private final IndexReader reader;
        private final Map<String, Boolean> verdicts = new HashMap<>();
        private final Analyzer surfaceWords;

        WellWritten(Language language, Vocabulary vocabulary, IndexReader reader) {
            this.language = language;
            this.surfaceWords = Analysis.surfaceWords(language);
            this.vocabulary = vocabulary;
            this.reader = reader;
        }

        boolean test(String phrase) throws IOException {
            for (Token token : Token.of(surfaceWords, "", phrase, Integer.MAX_VALUE)) {
                Boolean ok = verdicts.get(token.term());
                if (ok == null) {
                    ok = wordIsWellWritten(token.term());
                    verdicts.put(token.term(), ok);
                }
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        private boolean wordIsWellWritten(String word) throws IOException {
            if (vocabulary.hasSurface(word)) {
                return true;
            }
            String folded = Analysis.fold(word);
            if (vocabulary.hasFolded(folded) || vocabulary.hasMoreAccentedForm(word)) {
                return false; // the guides, or other phrases, write it with accents: "chomage" for "chômage"
            }
            int length = folded.length();
            if (length < settings.fuzzy().minLengthOneEdit() || Analysis.isStopWord(language, folded)) {
                return true;
            }
            DirectSpellChecker checker = length >= settings.fuzzy().minLengthTwoEdits() ? twoEdits : oneEdit;
            return checker.suggestSimilar(new Term(Field.WORDS.in(language), folded), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX).length == 0;
        }
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            autocomplete.close();
            searchers.close();
            writer.close();
            directory.close();
            indexAnalyzer.close();
            words.values().forEach(Analyzer::close);
            stemmed.values().forEach(Analyzer::close);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
