package org.passerelle.knowledge.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.knowledge.KnowledgeBaseException;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.LifeEventStep;
import org.passerelle.knowledge.LifeEventText;
import org.passerelle.knowledge.internal.GuideSide.FrontMatterValue;

/**
 * Parses one life-event file: a front matter like a guide's ({@code id}, {@code title}, {@code summary},
 * {@code last-reviewed}) and one {@code ## Steps} section of {@code - <guide-id>: <why>} lines. As strict as
 * {@link GuideFileParser}: an unknown field, section or line is an error naming the file and line.
 */
final class LifeEventFileParser {

    static final List<String> REQUIRED_FIELDS = List.of("id", "title", "summary", "last-reviewed");

    private static final Pattern STEPS_HEADING = Pattern.compile("##\\s+(?:Steps|Étapes|Etapes)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern STEP_LINE = Pattern.compile("[-*]\\s+([^:\\s]+)\\s*:\\s*(.*)");

    /** A parsed side, with the line of each step for messages that span files. */
    record Parsed(Path file, Map<String, FrontMatterValue> front, List<LifeEventStep> steps, List<Integer> stepLines) {

        LifeEventText text(Language language) {
            return new LifeEventText(language, front.get("title").value(), front.get("summary").value(),
                    LocalDate.parse(front.get("last-reviewed").value()), steps);
        }
    }

    private final Path file;
    private final List<String> lines;

    LifeEventFileParser(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    Parsed parse() {
        GuideGrammar.ParsedFrontMatter parsed = GuideGrammar.frontMatter(lines, file, "a life event", REQUIRED_FIELDS,
                List.of());
        Map<String, FrontMatterValue> front = parsed.fields();
        GuideGrammar.checkDate(front.get("last-reviewed"), file);
        int i = parsed.closingLine();

        List<LifeEventStep> steps = new ArrayList<>();
        List<Integer> stepLines = new ArrayList<>();
        boolean inSteps = false;
        for (i++; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (STEPS_HEADING.matcher(line).matches()) {
                if (inSteps) {
                    throw error(i + 1, "a second steps section");
                }
                inSteps = true;
                continue;
            }
            if (line.startsWith("## ")) {
                throw error(i + 1, "unknown section \"" + line + "\"; a life event has one \"## Steps\" section");
            }
            if (!inSteps) {
                throw error(i + 1, "text outside the steps; start them with \"## Steps\"");
            }
            Matcher m = STEP_LINE.matcher(line);
            if (!m.matches()) {
                throw error(i + 1, "each step is a line \"- <guide-id>: <why this step>\"");
            }
            String guideId = m.group(1);
            if (!GuideGrammar.ID.matcher(guideId).matches()) {
                throw error(i + 1, "\"" + guideId + "\" is not a guide id");
            }
            if (m.group(2).isBlank()) {
                throw error(i + 1, "step " + (steps.size() + 1) + " (\"" + guideId + "\") says not why: write one line after the \":\"");
            }
            int earlier = steps.stream().map(LifeEventStep::guideId).toList().indexOf(guideId);
            if (earlier >= 0) {
                throw error(i + 1, "guide \"" + guideId + "\" is already step " + (earlier + 1) + " (line "
                        + stepLines.get(earlier) + ")");
            }
            steps.add(new LifeEventStep(guideId, m.group(2).strip()));
            stepLines.add(i + 1);
        }
        if (steps.isEmpty()) {
            throw error(0, "has no steps");
        }
        return new Parsed(file, front, steps, stepLines);
    }

    private KnowledgeBaseException error(int line, String problem) {
        return new KnowledgeBaseException(file, line, problem);
    }
}
