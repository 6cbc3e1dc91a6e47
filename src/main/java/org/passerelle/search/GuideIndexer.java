package org.passerelle.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.Language;

/**
 * Builds the search index of one knowledge base: its guides as Lucene documents, the words editors wrote, and the
 * suggestions offered while a citizen types. {@link SearchIndex} searches what it built; like Lucene's demo
 * ({@code IndexFiles} and {@code SearchFiles}), building and searching are apart. An index is never changed once
 * built: a changed knowledge base gets a new one, built beside the one in force and swapped in ({@link SearchService}).
 *
 * <p>The index lives in memory: it is rebuilt from the knowledge base at every start, which takes well under a
 * second for the bundled guides, so there is nothing on disk to keep in step with the content.
 */
public final class GuideIndexer {

    private final SearchSettings settings;

    private GuideIndexer(SearchSettings settings) {
        this.settings = settings;
    }

    /** Indexes every guide of {@code knowledgeBase}; the caller closes the index returned. */
    public static SearchIndex index(KnowledgeBase knowledgeBase, SearchSettings settings) {
        Objects.requireNonNull(knowledgeBase);
        return new SearchIndex(new GuideIndexer(Objects.requireNonNull(settings)).build(knowledgeBase), settings);
    }

    private BuiltIndex build(KnowledgeBase knowledgeBase) {
        // Each file as one byte array: the default splits files into many small buffers, and every postings or
        // terms lookup clones its input, duplicating each buffer; that was a sixth of the time of a search.
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
        Autocomplete autocomplete = null;
        try (Analyzer analyzer = Analysis.indexWriter(settings.englishStemmer())) {
            Map<Language, List<String>> curated = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                curated.put(language, new ArrayList<>());
            }
            Map<String, Map<Language, String>> bodies = new HashMap<>();
            try (IndexWriter writer = new IndexWriter(directory,
                    new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                for (Guide guide : knowledgeBase.guides()) {
                    GuideDocuments.Prepared prepared = GuideDocuments.prepare(guide, knowledgeBase);
                    // An upsert by id: a guide listed twice is indexed once.
                    writer.updateDocument(new Term(Field.ID, guide.id()), prepared.document());
                    prepared.curatedText().forEach((language, text) -> curated.get(language).addAll(text));
                    bodies.put(guide.id(), prepared.bodies());
                }
                writer.commit();
            }
            Map<Language, Vocabulary> vocabularies = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                vocabularies.put(language, Vocabulary.of(language, curated.get(language),
                        knowledgeBase.guides().stream().flatMap(g -> g.text(language).questions().stream()).toList()));
            }
            autocomplete = new Autocomplete(settings.suggest());
            try (IndexReader reader = DirectoryReader.open(directory)) {
                autocomplete.rebuild(suggestions(knowledgeBase, vocabularies, reader));
            }
            return new BuiltIndex(knowledgeBase, directory, autocomplete, vocabularies, bodies);
        } catch (IOException | RuntimeException e) {
            try {
                if (autocomplete != null) {
                    autocomplete.close();
                }
                directory.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Titles, and the training phrases that read as well-written: no typos or missing accents on screen. */
    private Map<Language, List<Autocomplete.Entry>> suggestions(KnowledgeBase knowledgeBase,
            Map<Language, Vocabulary> vocabularies, IndexReader reader) throws IOException {
        Map<Language, List<Autocomplete.Entry>> entries = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            WellWritten wellWritten = new WellWritten(language, vocabularies.get(language), reader);
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
        private final DirectSpellChecker oneEdit = SpellCheckers.of(settings.fuzzy(), 1);
        private final DirectSpellChecker twoEdits = SpellCheckers.of(settings.fuzzy(), 2);

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
}
