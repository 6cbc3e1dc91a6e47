package org.passerelle.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.passerelle.knowledge.Language;

/**
 * Cuts a snippet out of each hit's summary and steps with Lucene's {@link UnifiedHighlighter}, marking the
 * words the query searched for: stemmed forms, synonyms and typo corrections included, so {@code renwal}
 * marks "renewal" and {@code EI} marks "employment insurance". Match offsets come from the index (the body
 * field is indexed with offsets), so no text is analysed again at search time.
 */
final class Snippets {

    /** Reads the text a snippet is cut from, for a document of the searcher. */
    @FunctionalInterface
    interface Bodies {
        CharSequence body(int doc) throws IOException;
    }

    private static final SnippetFormatter FORMATTER = new SnippetFormatter();
    private static final PassageScorer SCORER = new DistinctTermsFirst();
    /** Where a match sits in its snippet: a third of the way in, so some context comes before it. */
    private static final float MATCH_POSITION = 0.33f;

    private final Analyzer indexAnalyzer;
    private final int length;

    Snippets(Analyzer indexAnalyzer, int length) {
        this.indexAnalyzer = indexAnalyzer;
        this.length = length;
    }

    /** One snippet per hit of {@code top}, in order; safe HTML (see {@link SnippetFormatter}). */
    String[] of(IndexSearcher searcher, Language language, Query searched, TopDocs top, Bodies bodies)
            throws IOException {
        String body = Field.BODY.in(language);
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(FORMATTER)
                .withScorer(SCORER)
                // Term-by-term offsets are enough for term queries, and cheaper than asking the query's
                // weight for matches.
                .withWeightMatches(false)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(language.locale()), length, MATCH_POSITION))
                .withMaxNoHighlightPassages(1);
        return new InMemory(builder, body, bodies).highlight(body, marks(searched, language, body), top, 1);
    }

    /** The searched terms of the stemmed fields, as term queries on the body (analysed the same way). */
    private static Query marks(Query searched, Language language, String body) {
        Set<String> stemmedFields = new HashSet<>();
        for (Field field : Field.SEARCHED) {
            stemmedFields.add(field.in(language));
        }
        Set<Term> terms = new HashSet<>();
        searched.visit(QueryVisitor.termCollector(terms));
        BooleanQuery.Builder marks = new BooleanQuery.Builder();
        Set<BytesRef> seen = new HashSet<>();
        for (Term term : terms) {
            if (stemmedFields.contains(term.field()) && seen.size() < IndexSearcher.getMaxClauseCount() / 4
                    && seen.add(term.bytes())) {
                marks.add(new TermQuery(new Term(body, term.bytes())), Occur.SHOULD);
            }
        }
        return marks.build();
    }

    /** The unified highlighter, reading the text from memory rather than from stored fields. */
    private static final class InMemory extends UnifiedHighlighter {

        private final String field;
        private final Bodies bodies;

        InMemory(UnifiedHighlighter.Builder builder, String field, Bodies bodies) {
            super(builder);
            this.field = field;
            this.bodies = bodies;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            if (fields.length != 1 || !fields[0].equals(field)) {
                return super.loadFieldValues(fields, docs, cacheCharsThreshold);
            }
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                values.add(new CharSequence[] {bodies.body(doc)});
            }
            return values;
        }
    }

    /**
     * Prefers the passage with the most different matched words, then the most matches, then the earliest.
     * Lucene's default BM25-like passage scorer allocates a hash of 32 KB blocks for every candidate passage,
     * which made it the most expensive step of a search; this needs no allocation.
     */
    private static final class DistinctTermsFirst extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            BytesRef[] terms = passage.getMatchTerms();
            int n = passage.getNumMatches();
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                boolean seenBefore = false;
                for (int j = 0; j < i && !seenBefore; j++) {
                    seenBefore = terms[j].bytesEquals(terms[i]);
                }
                if (!seenBefore) {
                    distinct++;
                }
            }
            float earliness = 1f / (1f + passage.getStartOffset() / 1000f);
            return distinct * 100f + Math.min(n, 99) + earliness;
        }
    }
}
