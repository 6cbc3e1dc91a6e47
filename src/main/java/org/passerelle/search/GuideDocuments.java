package org.passerelle.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.Markdown;
import org.passerelle.knowledge.Step;

/** Turns a guide into the Lucene document that represents it: one document, both languages. */
final class GuideDocuments {

    /**
     * Separates blocks (summary, step title, step text) in {@link Field#BODY}. Java's sentence
     * {@link java.text.BreakIterator} does not break at a line feed, but does at this character, so a step
     * title without a full stop never runs into the next sentence of a snippet.
     */
    static final char BLOCK_SEPARATOR = '\u2029';

    /**
     * Stored for snippets, and indexed with offsets so the highlighter reads match positions from the index
     * instead of analysing every hit's text again at search time.
     */
    private static final FieldType BODY = new FieldType(TextField.TYPE_STORED);

    static {
        BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY.freeze();
    }

    private GuideDocuments() {
    }

    /**
     * A guide ready to index.
     *
     * @param curatedText per language, the text editors wrote and reviewed: everything but the training
     *                    phrases, which deliberately contain typos and missing accents
     */
    record Prepared(Document document, Map<Language, List<String>> curatedText, Map<Language, String> bodies) {
    }

    static Prepared prepare(Guide guide, KnowledgeBase knowledgeBase) {
        Document doc = new Document();
        Map<Language, List<String>> curatedByLanguage = new EnumMap<>(Language.class);
        Map<Language, String> bodies = new EnumMap<>(Language.class);
        doc.add(new StringField(Field.ID, guide.id(), Store.YES));
        // Doc values too: reading a hit's id must not decompress a block of stored fields.
        doc.add(new SortedDocValuesField(Field.ID, new BytesRef(guide.id())));
        for (Language language : Language.values()) {
            GuideText text = guide.text(language);
            doc.add(new TextField(Field.TITLE.in(language), text.title(), Store.YES));
            doc.add(new TextField(Field.SUMMARY.in(language), text.summary(), Store.NO));
            List<String> steps = steps(text);
            for (String step : steps) {
                doc.add(new TextField(Field.STEPS.in(language), step, Store.NO));
            }
            for (String question : text.questions()) {
                doc.add(new TextField(Field.QUESTIONS.in(language), question, Store.NO));
            }
            String topic = topicLabel(guide, knowledgeBase, language);
            doc.add(new TextField(Field.TOPIC.in(language), topic, Store.NO));
            List<String> curated = curatedText(text, steps, topic);
            for (String part : curated) {
                doc.add(new TextField(Field.WORDS.in(language), part, Store.NO));
            }
            curatedByLanguage.put(language, curated);
            String body = body(text, steps);
            bodies.put(language, body);
            doc.add(new org.apache.lucene.document.Field(Field.BODY.in(language), body, BODY));
        }
        return new Prepared(doc, curatedByLanguage, bodies);
    }

    private static List<String> curatedText(GuideText text, List<String> steps, String topic) {
        List<String> curated = new ArrayList<>(steps.size() + 3);
        curated.add(text.title());
        curated.add(text.summary());
        curated.addAll(steps);
        curated.add(topic);
        return curated;
    }

    /** Each step as plain text: title, things to bring, then the text without its Markdown. */
    private static List<String> steps(GuideText text) {
        List<String> steps = new ArrayList<>(text.steps().size());
        for (Step step : text.steps()) {
            StringBuilder s = new StringBuilder(step.title()).append(BLOCK_SEPARATOR);
            for (String thing : step.bring()) {
                s.append(thing).append(BLOCK_SEPARATOR);
            }
            s.append(Markdown.toPlainText(step.body()));
            steps.add(s.toString());
        }
        return steps;
    }

    private static String body(GuideText text, List<String> steps) {
        StringBuilder body = new StringBuilder(text.summary());
        for (String step : steps) {
            body.append(BLOCK_SEPARATOR).append(step);
        }
        return body.toString();
    }

    private static String topicLabel(Guide guide, KnowledgeBase knowledgeBase, Language language) {
        return knowledgeBase.topic(guide.topic()).map(t -> t.label(language)).orElse("");
    }
}
