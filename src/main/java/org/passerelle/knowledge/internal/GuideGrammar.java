package org.passerelle.knowledge.internal;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.knowledge.FrontMatter;
import org.passerelle.knowledge.FrontMatter.Field;
import org.passerelle.knowledge.KnowledgeBaseException;
import org.passerelle.knowledge.KnowledgeBaseProblem;
import org.passerelle.knowledge.KnowledgeBaseProblem.Type;
import org.passerelle.knowledge.internal.GuideSide.FrontMatterValue;
import org.passerelle.knowledge.internal.GuideSide.Numbered;

/**
 * The words of the knowledge base's Markdown files (format: {@code knowledge-base/README.md}), written once: the
 * strict parsers ({@code GuideFileParser}, {@code LifeEventFileParser}), the whole-folder
 * {@code KnowledgeBaseReader} and the editor's form ({@code knowledge.GuideForm}) read the same fields, headings,
 * list items, ids, front matter, dates, guide links and phrase keys with these.
 *
 * <p>The bottom of {@code knowledge.internal}: it uses neither the parsers, nor the reader, nor
 * {@code KnowledgeBaseFiles}, so that each of them can use it and the dependencies go one way (grammar ← parsers
 * ← reader ← {@code KnowledgeBaseFiles}). A rule the parsers and the reader share lives here, not in one of them.
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
    /** The front-matter fields every guide file must have, in the order they are reported missing. */
    public static final List<String> REQUIRED_GUIDE_FIELDS = GUIDE_FIELDS.stream()
            .filter(f -> !OPTIONAL_GUIDE_FIELDS.contains(f)).toList();
    /** A step's attribute lines, in the order the files write them. */
    public static final List<String> STEP_ATTRIBUTES = List.of("optional", "or-next", "time", "cost", "bring");

    /** The id of a topic, guide, life event: lowercase letters and digits in dash-separated words. */
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern GUIDE_LINK = Pattern.compile("\\]\\(guide:([^)\\s]*)\\)");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

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

    /**
     * The strict parsers' front matter ({@link #frontMatter(List, Path, String, List, List)}), for another
     * feature's file kind.
     */
    public static FrontMatter strictFrontMatter(Path file, List<String> lines, String what, List<String> required,
            List<String> optional) {
        ParsedFrontMatter read = frontMatter(lines, file, what, required, optional);
        Map<String, Field> fields = new LinkedHashMap<>();
        read.fields().forEach((name, value) -> fields.put(name, new Field(value.value(), value.line())));
        return new FrontMatter(fields, read.closingLine());
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

    /** The front matter's fields and the index of its closing {@code ---} line. */
    record ParsedFrontMatter(Map<String, FrontMatterValue> fields, int closingLine) {
    }

    /**
     * Reads the front matter of a guide or life-event file: the block between two {@code ---} lines, one
     * {@code field: value} per line. One owner for the rules both content types follow: unknown, repeated, empty
     * (unless optional) and missing fields are errors naming the file and line.
     *
     * @param what "a guide", "a life event": how the first error names the file's kind
     */
    static ParsedFrontMatter frontMatter(List<String> lines, Path displayFile, String what, List<String> required,
            List<String> optional) {
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            throw new KnowledgeBaseException(displayFile, 1, what + " starts with a front matter block opened by \"---\"");
        }
        Map<String, FrontMatterValue> front = new LinkedHashMap<>();
        // A line's problem does not hide the next one's: every unknown, repeated, empty or missing field at once.
        List<KnowledgeBaseProblem> problems = new ArrayList<>();
        int i;
        for (i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = FIELD.matcher(line.strip());
            if (!m.matches()) {
                problems.add(KnowledgeBaseProblem.of(displayFile, i + 1, "expected \"field: value\" in the front matter"));
                continue;
            }
            String key = m.group(1);
            if (!required.contains(key) && !optional.contains(key)) {
                List<String> known = new ArrayList<>(required);
                known.addAll(optional);
                problems.add(KnowledgeBaseProblem.of(displayFile, i + 1, "unknown field \"" + key + "\"; known fields: "
                        + String.join(", ", known)));
                continue;
            }
            if (front.containsKey(key)) {
                problems.add(KnowledgeBaseProblem.of(displayFile, i + 1,
                        "field \"" + key + "\" is given twice (first on line " + front.get(key).line() + ")"));
                continue;
            }
            String value = m.group(2).strip();
            if (value.isEmpty() && !optional.contains(key)) {
                problems.add(new KnowledgeBaseProblem(displayFile, i + 1, Type.MISSING_FIELD,
                        "field \"" + key + "\" is empty", key, ""));
            }
            front.put(key, new FrontMatterValue(value, i + 1));
        }
        if (i >= lines.size()) {
            problems.add(KnowledgeBaseProblem.of(displayFile, lines.size(), "the front matter is not closed by \"---\""));
            throw new KnowledgeBaseException(problems);
        }
        for (String field : required) {
            if (!front.containsKey(field)) {
                problems.add(new KnowledgeBaseProblem(displayFile, i + 1, Type.MISSING_FIELD,
                        "missing field \"" + field + "\"", field, ""));
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        return new ParsedFrontMatter(front, i);
    }

    /** {@code last-reviewed} is a date written {@code YYYY-MM-DD}, in a guide's and a life event's front matter. */
    static void checkDate(FrontMatterValue date, Path displayFile) {
        try {
            LocalDate.parse(date.value());
        } catch (DateTimeParseException e) {
            throw new KnowledgeBaseException(displayFile, date.line(),
                    "last-reviewed must be a date written YYYY-MM-DD, not \"" + date.value() + "\"");
        }
    }

    /** The guide ids that {@code [text](guide:id)} links in a piece of Markdown point to, in order. */
    public static List<String> guideLinks(String markdown) {
        return guideLinks(markdown, 1).stream().map(Numbered::text).toList();
    }

    /** Each {@code [text](guide:id)} link's id with its line, the markdown's first line being {@code firstLine}. */
    static List<Numbered> guideLinks(String markdown, int firstLine) {
        List<Numbered> links = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = GUIDE_LINK.matcher(lines[i]);
            while (m.find()) {
                links.add(new Numbered(m.group(1), firstLine + i));
            }
        }
        return links;
    }

    /** Two phrases are the same when they differ only in case, accents, punctuation or spacing. */
    public static String phraseKey(String phrase) {
        String folded = MARKS.matcher(Normalizer.normalize(phrase.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll(" ").strip();
    }
}
