package org.passerelle.intent.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.passerelle.knowledge.LabeledText;

/**
 * The training phrases closest to a text, by Lucene's BM25 over the classifier's own features (words, stems,
 * character n-grams: the same {@link FeatureExtractor}, so both engines see a text the same way), and the vote
 * of their labels. Unlike the logistic regression it needs no optimiser: building the index of 45,000 phrases takes
 * about a second and its memory grows with the phrases, not with phrases × labels, so it answers at any catalogue
 * size. Immutable once built, thread-safe.
 *
 * <p>One segment, merged once after building, so a hit's document number is its phrase's position and the label is
 * an array lookup rather than a stored-field read.
 */
public final class PhraseNeighbours {

    private static final String FIELD = "f";
    /** BM25's term-frequency saturation, Lucene's default. */
    private static final float K1 = 1.2f;

    private final IndexSearcher searcher;
    private final List<String> labels;
    private final int[] labelOfDoc;
    private final int neighbours;

    private PhraseNeighbours(IndexSearcher searcher, List<String> labels, int[] labelOfDoc, int neighbours) {
        this.searcher = searcher;
        this.labels = labels;
        this.labelOfDoc = labelOfDoc;
        this.neighbours = neighbours;
    }

    /**
     * Indexes {@code examples} by their {@code features}; {@code neighbours} is how many closest phrases vote. A text is
     * then asked about with {@link #vote} by the same extractor's vector.
     */
    public static PhraseNeighbours build(List<LabeledText> examples, FeatureExtractor features, int neighbours) {
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours must be at least 1, was " + neighbours);
        }
        Map<String, Integer> labelIndex = new LinkedHashMap<>();
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.freeze();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setSimilarity(new BM25Similarity(K1, 0.75f))
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (LabeledText example : examples) {
                int label = labelIndex.computeIfAbsent(example.label(), l -> labelIndex.size());
                Document document = new Document();
                document.add(new Field(FIELD, String.join(" ", terms(features.features(example.text()))), type));
                document.add(new NumericDocValuesField("label", label));
                writer.addDocument(document);
            }
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            int[] labelOfDoc = new int[reader.maxDoc()];
            if (!reader.leaves().isEmpty()) {
                LeafReader leaf = reader.leaves().getFirst().reader();
                NumericDocValues values = leaf.getNumericDocValues("label");
                for (int doc = 0; doc < labelOfDoc.length; doc++) {
                    labelOfDoc[doc] = values != null && values.advanceExact(doc) ? (int) values.longValue() : 0;
                }
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity(K1, 0.75f));
            searcher.setQueryCache(null);
            return new PhraseNeighbours(searcher, List.copyOf(labelIndex.keySet()), labelOfDoc, neighbours);
        } catch (IOException e) {
            // In memory: an I/O error is a bug, not an input problem.
            throw new UncheckedIOException(e);
        }
    }

    /** The labels the phrases carry, in the order of {@link Vote#shares()}. */
    public List<String> labels() {
        return labels;
    }

    /**
     * How the nearest phrases vote: each label's share of their BM25 scores, scaled by how much of the text the
     * nearest phrase covers. Shares alone are relative: a text that matches one phrase by a single common n-gram
     * ("&lt;script&gt;") would give that phrase's label the whole vote; scaled by coverage, a weak match is a weak
     * vote, and what is left (1 − the sum of the shares) is the vote for "none of these".
     *
     * @param shares   label index → coverage × share of the neighbours' scores, only labels with a share
     * @param coverage the nearest phrase's BM25 score over the score of a phrase holding every feature of the text
     *                 once (0 to 1; 0 when nothing matched)
     */
    public record Vote(Map<Integer, Double> shares, double coverage) {
    }

    /**
     * The vote of the nearest phrases to a text, given by its features (from the extractor the phrases were indexed
     * with: the caller has them already, for the classifier); an empty vote when no phrase shares a feature with it.
     */
    public Vote vote(FeatureVector text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        double best = 0;
        TopDocs top;
        try {
            for (String name : terms(text)) {
                if (clauses++ == IndexSearcher.getMaxClauseCount()) {
                    break;
                }
                Term term = new Term(FIELD, name);
                query.add(new TermQuery(term), BooleanClause.Occur.SHOULD);
                best += idf(searcher.getIndexReader().docFreq(term));
            }
            top = searcher.search(query.build(), neighbours);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (top.scoreDocs.length == 0) {
            return new Vote(Map.of(), 0);
        }
        Map<Integer, Double> shares = new LinkedHashMap<>();
        double total = 0;
        for (ScoreDoc hit : top.scoreDocs) {
            shares.merge(labelOfDoc[hit.doc], (double) hit.score, Double::sum);
            total += hit.score;
        }
        // Lucene's BM25 gives a term found once in a phrase of average length idf / (1 + k1): the best score a phrase
        // can reach is about the sum of that over the text's features (a shorter phrase scores a little more).
        double coverage = Math.min(1, top.scoreDocs[0].score * (1 + K1) / best);
        double scale = coverage / total;
        shares.replaceAll((label, score) -> score * scale);
        return new Vote(shares, coverage);
    }

    /** Lucene's BM25 idf for a term in {@code docFreq} of the phrases (a term no phrase has counts as the rarest). */
    private double idf(int docFreq) {
        long count = searcher.getIndexReader().maxDoc();
        return Math.log(1 + (count - docFreq + 0.5) / (docFreq + 0.5));
    }

    private static List<String> terms(FeatureVector vector) {
        List<String> terms = new ArrayList<>(vector.names().length);
        for (String name : vector.names()) {
            if (!name.equals(FeatureExtractor.BIAS)) {
                terms.add(name);
            }
        }
        return terms;
    }
}
