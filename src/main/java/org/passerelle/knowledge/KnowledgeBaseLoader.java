package org.passerelle.knowledge;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.knowledge.internal.GuideGrammar;
import org.passerelle.knowledge.internal.KnowledgeBaseReader;

/**
 * Reads and validates a knowledge-base folder (format: {@code knowledge-base/README.md}). All or
 * nothing: either every file is valid and a complete snapshot is returned, or a
 * {@link KnowledgeBaseException} lists every problem with its file and line, the first as its message. The one
 * reader of the format: the content feature's import, pre-publish checks and publication go through
 * {@link KnowledgeBaseFiles#check()}, which is this without throwing.
 */
public final class KnowledgeBaseLoader {

    private KnowledgeBaseLoader() {
    }

    public static KnowledgeBase load(Path root) {
        return new KnowledgeBaseReader(root).read();
    }

    /** Reads a knowledge-base folder once and lists every problem; {@link #load(Path)} without throwing. */
    public static KnowledgeBaseCheck check(Path root) {
        return new KnowledgeBaseReader(root).check();
    }

    /**
     * Parses one guide's two files ({@code guides/<id>/en.md} and {@code fr.md}) on their own: each file's format,
     * and that both sides agree (id, topic, related guides, number of steps and their flags). What needs the whole
     * knowledge base is not checked here: that the topic, related guides and {@code guide:} links exist, and that
     * no phrase belongs to another intent; {@link #load(KnowledgeBaseFiles)} checks those.
     *
     * @throws KnowledgeBaseException naming the file ({@code guides/<id>/fr.md}) and line of each problem
     */
    public static Guide parseGuide(String id, Map<Language, String> texts) {
        Map<String, String> files = new HashMap<>();
        texts.forEach((language, text) -> files.put(KnowledgeBaseLayout.guidePath(id, language), text));
        return KnowledgeBaseReader.ofTexts(files).readGuide(id);
    }

    /** The front-matter fields every guide file must have ({@code id}, {@code title}, ...), in that order. */
    public static List<String> requiredGuideFields() {
        return GuideGrammar.REQUIRED_GUIDE_FIELDS;
    }

    /** The guide ids that {@code [text](guide:id)} links in a piece of guide Markdown point to, in order. */
    public static List<String> guideLinks(String markdown) {
        return GuideGrammar.guideLinks(markdown);
    }

    /**
     * The form under which two training phrases count as the same: they differ only in case, accents, punctuation
     * or spacing. A phrase may belong to one intent only, under this comparison.
     */
    public static String phraseKey(String phrase) {
        return GuideGrammar.phraseKey(phrase);
    }

    /**
     * How many whole knowledge bases (folder or files) were parsed in this JVM so far. For tests and benchmarks that
     * check how often an operation parses everything (a publication: once).
     */
    public static long wholeParses() {
        return KnowledgeBaseReader.wholeReads();
    }

    /**
     * Reads a knowledge base from its files' texts with the same rules and messages as a folder: a problem names
     * the file's relative path and line ({@code guides/passport-renewal/fr.md:12: ...}).
     */
    public static KnowledgeBase load(KnowledgeBaseFiles files) {
        return files.check().orThrow();
    }
}
