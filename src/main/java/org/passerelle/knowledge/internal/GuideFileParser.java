package org.passerelle.knowledge.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.knowledge.KnowledgeBaseException;
import org.passerelle.knowledge.KnowledgeBaseProblem;
import org.passerelle.knowledge.KnowledgeBaseProblem.Type;
import org.passerelle.knowledge.Step;
import org.passerelle.knowledge.internal.GuideSide.FrontMatterValue;
import org.passerelle.knowledge.internal.GuideSide.Numbered;
import org.passerelle.knowledge.internal.GuideSide.ParsedStep;

/**
 * Parses one guide file: front matter, {@code ## Step:} sections with their attribute lines, and the
 * {@code ## Questions} list. Strict on purpose: an unknown field or section is an error, because a typo
 * silently ignored is content a citizen never sees.
 */
final class GuideFileParser {

    /** In the order they are reported missing. */
    static final List<String> OPTIONAL_FIELDS = GuideGrammar.OPTIONAL_GUIDE_FIELDS;
    static final List<String> REQUIRED_FIELDS = GuideGrammar.GUIDE_FIELDS.stream()
            .filter(f -> !OPTIONAL_FIELDS.contains(f)).toList();
    static final Set<String> STEP_ATTRIBUTES = Set.copyOf(GuideGrammar.STEP_ATTRIBUTES);

    private static final Pattern FIELD = GuideGrammar.FIELD;
    private static final Pattern STEP_HEADING = GuideGrammar.STEP_HEADING;
    private static final Pattern QUESTIONS_HEADING = GuideGrammar.QUESTIONS_HEADING;
    private static final Pattern LIST_ITEM = GuideGrammar.LIST_ITEM;

    private final Path file;
    private final Path displayFile;
    private final List<String> lines;

    GuideFileParser(Path file, Path displayFile, List<String> lines) {
        this.file = file;
        this.displayFile = displayFile;
        this.lines = lines;
    }

    GuideSide parse() {
        FrontMatter parsed = frontMatter(lines, displayFile, "a guide", REQUIRED_FIELDS, OPTIONAL_FIELDS);
        Map<String, FrontMatterValue> front = parsed.fields();
        int i = parsed.closingLine();
        checkLink(front.get("official-link"));
        checkDate(front.get("last-reviewed"), displayFile);
        FrontMatterValue relatedValue = front.get("related");
        List<String> related = relatedValue == null || relatedValue.value().isBlank() ? List.of()
                : Arrays.stream(relatedValue.value().split(",")).map(String::strip).toList();
        for (String r : related) {
            if (!KnowledgeBaseReader.ID.matcher(r).matches()) {
                throw error(relatedValue.line(), "related \"" + r + "\" is not a guide id");
            }
        }
        List<String> synonyms = synonymGroups(front.get("synonyms"));

        List<ParsedStep> steps = new ArrayList<>();
        List<Numbered> questions = new ArrayList<>();
        List<Numbered> links = new ArrayList<>();
        boolean questionsSeen = false;
        i++;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            Matcher step = STEP_HEADING.matcher(line.strip());
            if (step.matches()) {
                if (questionsSeen) {
                    throw error(i + 1, "steps come before the questions section");
                }
                i = parseStep(i, step.group(2).strip(), steps, links);
            } else if (QUESTIONS_HEADING.matcher(line.strip()).matches()) {
                if (questionsSeen) {
                    throw error(i + 1, "a second questions section");
                }
                questionsSeen = true;
                i = parseQuestions(i + 1, questions);
            } else if (line.startsWith("## ")) {
                throw error(i + 1, "unknown section \"" + line.strip() + "\"; expected \"## Step: <title>\" or \"## Questions\"");
            } else {
                throw error(i + 1, "text outside a step; start a step with \"## Step: <title>\"");
            }
        }
        if (steps.isEmpty()) {
            throw error(0, "has no steps");
        }
        if (steps.getLast().step().orNext()) {
            throw error(steps.getLast().line(), "the last step cannot be \"or-next\": there is no next step to choose instead");
        }
        return new GuideSide(file, front, steps, questions, links, relatedValue == null ? 0 : relatedValue.line(), related,
                synonyms);
    }

    /**
     * The guide's own search synonyms: groups of equivalent words separated by {@code ;}, each group a Solr
     * synonym line {@code a, b, c}. One-way rules ({@code =>}) stay in {@code synonyms/<lang>.txt}, where an editor
     * sees them next to each other; a guide only says which words mean the same thing as its own.
     */
    private List<String> synonymGroups(FrontMatterValue value) {
        if (value == null || value.value().isBlank()) {
            return List.of();
        }
        List<String> groups = new ArrayList<>();
        for (String group : value.value().split(";")) {
            String g = group.strip();
            if (g.isEmpty()) {
                continue;
            }
            if (g.contains("=>")) {
                throw error(value.line(), "synonym group \"" + g + "\" is a one-way rule; write those in synonyms/<lang>.txt");
            }
            List<String> words = Arrays.stream(g.split(",", -1)).map(String::strip).toList();
            if (words.size() < 2 || words.contains("")) {
                throw error(value.line(), "synonym group \"" + g + "\" needs at least two words separated by \",\"");
            }
            groups.add(String.join(", ", words));
        }
        return groups;
    }

    /** Reads one step from its heading at {@code headingIndex}; returns the index of the next section. */
    private int parseStep(int headingIndex, String title, List<ParsedStep> steps, List<Numbered> links) {
        int stepNo = steps.size() + 1;
        if (title.isEmpty()) {
            throw error(headingIndex + 1, "step " + stepNo + " has no title");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        int i = headingIndex + 1;
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher m = FIELD.matcher(line);
            if (line.isEmpty() || !m.matches() || !m.group(1).equals(m.group(1).toLowerCase())) {
                break;
            }
            String key = m.group(1);
            if (!STEP_ATTRIBUTES.contains(key)) {
                throw error(i + 1, "unknown step attribute \"" + key + "\"; known: optional, or-next, cost, time, bring");
            }
            if (attributes.putIfAbsent(key, m.group(2).strip()) != null) {
                throw error(i + 1, "step attribute \"" + key + "\" is given twice");
            }
            if (m.group(2).isBlank()) {
                throw error(i + 1, "step attribute \"" + key + "\" is empty");
            }
        }
        int bodyStart = i;
        StringBuilder body = new StringBuilder();
        for (; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            body.append(lines.get(i)).append('\n');
        }
        String text = body.toString().strip();
        if (text.isEmpty()) {
            throw error(headingIndex + 1, "step " + stepNo + " \"" + title + "\" has no text");
        }
        links.addAll(KnowledgeBaseReader.guideLinks(body.toString(), bodyStart + 1));
        boolean optional = yesNo(headingIndex, attributes.get("optional"), "optional");
        boolean orNext = yesNo(headingIndex, attributes.get("or-next"), "or-next");
        List<String> bring = attributes.containsKey("bring")
                ? Arrays.stream(attributes.get("bring").split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
        steps.add(new ParsedStep(new Step(title, text, optional, orNext, Optional.ofNullable(attributes.get("cost")),
                Optional.ofNullable(attributes.get("time")), bring), headingIndex + 1));
        return i;
    }

    private int parseQuestions(int start, List<Numbered> questions) {
        // Each phrase's key once, looked up by key: comparing every question with every earlier one was quadratic
        // in the number of questions, and folded both phrases again for every pair.
        Map<String, Numbered> byKey = new HashMap<>();
        int i = start;
        for (; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LIST_ITEM.matcher(line);
            if (!m.matches() || m.group(1) == null || m.group(1).isBlank()) {
                throw error(i + 1, "each question is a list line starting with \"- \"");
            }
            String q = m.group(1).strip();
            Numbered question = new Numbered(q, i + 1);
            Numbered earlier = byKey.putIfAbsent(KnowledgeBaseReader.phraseKey(q), question);
            if (earlier != null) {
                throw error(i + 1, "the question \"" + q + "\" repeats line " + earlier.line());
            }
            questions.add(question);
        }
        return i;
    }

    private boolean yesNo(int headingIndex, String value, String attribute) {
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase()) {
            case "yes", "oui", "true" -> true;
            case "no", "non", "false" -> false;
            default -> throw error(headingIndex + 1, "\"" + attribute + "\" must be yes or no, not \"" + value + "\"");
        };
    }

    private void checkLink(FrontMatterValue link) {
        try {
            URI uri = new URI(link.value());
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw error(link.line(), "official-link must be an https address");
            }
        } catch (URISyntaxException e) {
            throw error(link.line(), "official-link is not a valid address: " + e.getReason());
        }
    }

    /** {@code last-reviewed} is a date written {@code YYYY-MM-DD}; shared with {@link LifeEventFileParser}. */
    static void checkDate(FrontMatterValue date, Path displayFile) {
        try {
            LocalDate.parse(date.value());
        } catch (DateTimeParseException e) {
            throw new KnowledgeBaseException(displayFile, date.line(),
                    "last-reviewed must be a date written YYYY-MM-DD, not \"" + date.value() + "\"");
        }
    }

    /** The front matter's fields and the index of its closing {@code ---} line. */
    record FrontMatter(Map<String, FrontMatterValue> fields, int closingLine) {
    }

    /**
     * Reads the front matter of a guide or life-event file: the block between two {@code ---} lines, one
     * {@code field: value} per line. One owner for the rules both content types follow: unknown, repeated, empty
     * (unless optional) and missing fields are errors naming the file and line.
     *
     * @param what "a guide", "a life event": how the first error names the file's kind
     */
    static FrontMatter frontMatter(List<String> lines, Path displayFile, String what, List<String> required,
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
        return new FrontMatter(front, i);
    }

    private KnowledgeBaseException error(int line, String problem) {
        return new KnowledgeBaseException(displayFile, line, problem);
    }
}
