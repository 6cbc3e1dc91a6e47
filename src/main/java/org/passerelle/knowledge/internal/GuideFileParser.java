package org.passerelle.knowledge.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
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

    private static final List<String> OPTIONAL_FIELDS = GuideGrammar.OPTIONAL_GUIDE_FIELDS;
    private static final List<String> REQUIRED_FIELDS = GuideGrammar.REQUIRED_GUIDE_FIELDS;
    private static final Set<String> STEP_ATTRIBUTES = Set.copyOf(GuideGrammar.STEP_ATTRIBUTES);

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
        GuideGrammar.ParsedFrontMatter parsed = GuideGrammar.frontMatter(lines, displayFile, "a guide", REQUIRED_FIELDS,
                OPTIONAL_FIELDS);
        Map<String, FrontMatterValue> front = parsed.fields();
        int i = parsed.closingLine();
        checkLink(front.get("official-link"));
        GuideGrammar.checkDate(front.get("last-reviewed"), displayFile);
        FrontMatterValue relatedValue = front.get("related");
        List<String> related = relatedValue == null || relatedValue.value().isBlank() ? List.of()
                : Arrays.stream(relatedValue.value().split(",")).map(String::strip).toList();
        for (String r : related) {
            if (!GuideGrammar.ID.matcher(r).matches()) {
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
        links.addAll(GuideGrammar.guideLinks(body.toString(), bodyStart + 1));
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
            Numbered earlier = byKey.putIfAbsent(GuideGrammar.phraseKey(q), question);
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

    private KnowledgeBaseException error(int line, String problem) {
        return new KnowledgeBaseException(displayFile, line, problem);
    }
}
