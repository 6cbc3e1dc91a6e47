package org.passerelle.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.knowledge.KnowledgeBaseFiles;
import org.passerelle.knowledge.KnowledgeBaseFiles.Field;

/**
 * The words of the knowledge base's Markdown files (format: {@code knowledge-base/README.md}), written once: the
 * strict parsers ({@link GuideFileParser}, {@link LifeEventFileParser}) and the editor's form
 * ({@code knowledge.GuideForm}) read the same fields, headings and list items with these.
 */
public final class GuideGrammar {

    /** {@code field: value}, in front matter and as a step's attribute line. */
    public static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9-]*)\\s*:\\s?(.*)");
    /** {@code ## Step: <title>} or {@code ## Étape : <title>}: group 1 the word, group 2 the title. */
    public static final Pattern STEP_HEADING =
            Pattern.compile("##\\s+(Step|Étape|Etape)\\s*:\\s*(.*)", Pattern.CASE_INSENSITIVE);
    /** {@code ## Questions} or {@code ## Questions posées}: group 1 the French words, if any. */
    public static final Pattern QUESTIONS_HEADING =
            Pattern.compile("##\\s+Questions(\\s+posées|\\s+posees)?\\s*", Pattern.CASE_INSENSITIVE);
    /** {@code - item} or {@code * item}: group 1 the item, null for a bare dash. */
    public static final Pattern LIST_ITEM = Pattern.compile("[-*](?:\\s+(.*))?");
    /** A guide's front-matter fields, required ones first, in the order the files write them. */
    public static final List<String> GUIDE_FIELDS = List.of("id", "title", "summary", "topic", "official-link",
            "last-reviewed", "related", "synonyms");
    /** The guide fields that may be left out or empty. */
    public static final List<String> OPTIONAL_GUIDE_FIELDS = List.of("related", "synonyms");
    /** A step's attribute lines, in the order the files write them. */
    public static final List<String> STEP_ATTRIBUTES = List.of("optional", "or-next", "time", "cost", "bring");

    private GuideGrammar() {
    }

    /** The text's lines without a byte order mark, a {@code \r} before each break, or the one after the last. */
    public static List<String> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(body.split("\r?\n", -1)));
        if (lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }

    /**
     * The fields between the opening and closing {@code ---}, first occurrence of each; empty when none. Lenient:
     * for a draft that does not parse yet (its title to list, every missing field at once).
     */
    public static Map<String, Field> frontMatter(String text) {
        Map<String, Field> fields = new LinkedHashMap<>();
        List<String> lines = lines(text);
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            return fields;
        }
        for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            Matcher m = FIELD.matcher(lines.get(i).strip());
            if (m.matches()) {
                fields.putIfAbsent(m.group(1), new Field(m.group(2).strip(), i + 1));
            }
        }
        return fields;
    }

    /** The strict parsers' front matter ({@code GuideFileParser.frontMatter}), for another feature's file kind. */
    public static KnowledgeBaseFiles.FrontMatter strictFrontMatter(java.nio.file.Path file, List<String> lines,
            String what, List<String> required, List<String> optional) {
        GuideFileParser.FrontMatter read = GuideFileParser.frontMatter(lines, file, what, required, optional);
        Map<String, Field> fields = new LinkedHashMap<>();
        read.fields().forEach((name, value) -> fields.put(name, new Field(value.value(), value.line())));
        return new KnowledgeBaseFiles.FrontMatter(fields, read.closingLine());
    }

    /** The text with one front-matter field set, everything else (line endings included) as it was. */
    public static String withField(String text, String name, String value) {
        Field field = frontMatter(text).get(name);
        if (field == null) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        String old = lines[field.line() - 1];
        lines[field.line() - 1] = (old.startsWith("\uFEFF") ? "\uFEFF" : "") + name + ": " + value
                + (old.endsWith("\r") ? "\r" : "");
        return String.join("\n", lines);
    }
}
