package org.passerelle.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.passerelle.knowledge.internal.GuideGrammar;
import org.passerelle.knowledge.internal.KnowledgeBaseReader;

/**
 * A knowledge base as the text of its files, keyed by path relative to the knowledge-base folder with {@code /}
 * separators: {@code topics.tsv}, {@code guides/passport-renewal/en.md}, {@code system/greeting/fr.txt},
 * {@code synonyms/en.txt}. A text is the file's content exactly as decoded from UTF-8 (line endings, comments,
 * blank lines and a byte order mark kept), so writing it back gives the same bytes. The content feature stores
 * the knowledge base in this form; {@link KnowledgeBaseLoader#load(KnowledgeBaseFiles)} reads it with the
 * folder's rules.
 *
 * <p>This is the face of the files' format for other features: it calls the reader and the grammar in
 * {@code knowledge.internal}, and nothing there refers back to it. Where each file lies is
 * {@link KnowledgeBaseLayout}, and a strict front matter is a {@link FrontMatter}, each in its own file, because the
 * reader and the grammar use them too.
 *
 * @param texts file texts by relative path, sorted
 */
public record KnowledgeBaseFiles(SortedMap<String, String> texts) {

    // Letters, digits, dot, dash, underscore per segment; no empty, "." or ".." segment: nothing escapes the folder.
    private static final Pattern PATH = Pattern.compile("(?!\\.{1,2}(/|$))[A-Za-z0-9_.-]+(/(?!\\.{1,2}(/|$))[A-Za-z0-9_.-]+)*");

    public KnowledgeBaseFiles {
        for (String path : texts.keySet()) {
            if (!PATH.matcher(path).matches()) {
                throw new IllegalArgumentException("not a relative knowledge-base path: " + path);
            }
        }
        texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
    }

    public KnowledgeBaseFiles(Map<String, String> texts) {
        this(new TreeMap<>(texts));
    }

    /**
     * Reads and validates a knowledge-base folder, and returns exactly the files the loader reads (topics, both
     * sides of every guide, system intents' phrases, synonyms); anything else in the folder, such as its
     * {@code README.md}, is not content.
     *
     * @throws KnowledgeBaseException listing every problem with its file and line (the first as its message);
     *         nothing is returned
     */
    public static KnowledgeBaseFiles read(Path folder) {
        return readChecked(folder).files();
    }

    /** A folder's files, and the knowledge base they are. */
    public record Read(KnowledgeBaseFiles files, KnowledgeBaseCheck check) {
    }

    /**
     * {@link #read(Path)}, keeping the knowledge base the read built: a caller that loads these same files next
     * need not parse them again.
     *
     * @throws KnowledgeBaseException listing every problem with its file and line; nothing is returned
     */
    public static Read readChecked(Path folder) {
        KnowledgeBaseReader reader = new KnowledgeBaseReader(folder);
        KnowledgeBaseCheck check = reader.check();
        check.orThrow();
        return new Read(new KnowledgeBaseFiles(reader.textsRead()), check);
    }

    /**
     * Reads these files as a whole knowledge base, once, and lists every problem with its file and line; the
     * knowledge base when there is none. {@link KnowledgeBaseLoader#load(KnowledgeBaseFiles)} is this, throwing.
     */
    public KnowledgeBaseCheck check() {
        return KnowledgeBaseReader.ofTexts(texts).check();
    }

    /**
     * The front matter of a guide, life-event or referral file, read leniently: the fields between the opening and
     * closing {@code ---}, first occurrence of each, whatever else is wrong with the file (a draft's title to list,
     * every missing field at once); empty when there is no front matter.
     */
    public static Map<String, FrontMatter.Field> frontMatter(String text) {
        return GuideGrammar.frontMatter(text);
    }

    /**
     * Reads the front matter of a file of the knowledge base with the rules every kind follows: opened and closed
     * by {@code ---}, one {@code field: value} per line; unknown, repeated, empty (unless optional) and missing
     * fields are errors, all of them at once, each naming the file and line. Guides and life events are read with
     * it; the referral feature reads its files' front matter with it too.
     *
     * @param file     the file's path for messages, relative to the knowledge-base folder
     * @param lines    the file's lines
     * @param what     "a referral": how the file's kind is named when it does not start with {@code ---}
     * @throws KnowledgeBaseException listing every problem of the front matter
     */
    public static FrontMatter strictFrontMatter(Path file, List<String> lines, String what, List<String> required,
            List<String> optional) {
        return GuideGrammar.strictFrontMatter(file, lines, what, required, optional);
    }

    /**
     * The text with one front-matter field set to {@code value}, everything else (line endings included) as it was;
     * the text as it was when the field is not there.
     */
    public static String withFrontMatterField(String text, String name, String value) {
        return GuideGrammar.withField(text, name, value);
    }

    /** The {@code title:} of a file's front matter; empty when it has none. */
    public static String title(String text) {
        FrontMatter.Field title = frontMatter(text).get("title");
        return title == null ? "" : title.value();
    }

    public Optional<String> text(String path) {
        return Optional.ofNullable(texts.get(path));
    }

    /** A copy with one file added or replaced. */
    public KnowledgeBaseFiles with(String path, String text) {
        TreeMap<String, String> copy = new TreeMap<>(texts);
        copy.put(path, text);
        return new KnowledgeBaseFiles(copy);
    }

    /** Writes every file under {@code folder} as UTF-8, creating folders as needed; other files are left alone. */
    public void writeTo(Path folder) {
        try {
            for (Map.Entry<String, String> file : texts.entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
