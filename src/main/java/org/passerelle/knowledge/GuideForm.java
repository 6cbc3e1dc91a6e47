package org.passerelle.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.passerelle.knowledge.internal.GuideGrammar;

/**
 * One side of a guide (its {@code en.md} or {@code fr.md}, format: {@code knowledge-base/README.md}) as the fields
 * of a form, so an editor can change a guide without writing its Markdown by hand.
 *
 * <p>The stored text stays the truth: {@link #parse} reads it and {@link #toText} writes it back in the style the
 * bundled files use, so that for every such file {@code parse(text).orElseThrow().toText()} is the text again, byte
 * for byte, and a version history shows only what the editor changed. {@code parse} is lenient (a draft may be
 * half written; the strict loader judges it when it is saved), but it never drops anything: text the form has no
 * field for (a comment, an unknown field or section, stray text) makes it return {@link Optional#empty()}, and the
 * editor then edits the text itself.
 *
 * <p>The constructors keep only what the text can hold, so that {@code parse(form.toText())} is {@code form} again
 * for any form: line breaks and other control characters in a one-line field (title, summary, cost, a question...)
 * become spaces, so a title cannot add a front-matter field or a section; surrounding spaces are dropped, and so
 * are empty list entries; an entry holding its list's separator ({@code ,} in related, {@code ;} in synonyms and
 * bring) becomes two. A line of step text that starts with {@code ## } would start a new section, so
 * {@code toText} writes it with a backslash, {@code \## }, which Markdown shows as the plain characters
 * {@code ##}; {@code parse} removes that backslash again (and one more of a line that already had some, so any
 * text survives the round trip).
 *
 * @param id            the guide id, also the folder name
 * @param lastReviewed  as written, {@code YYYY-MM-DD}; empty for a new guide
 * @param related       ids of other guides
 * @param synonyms      search synonym groups, each a Solr synonym line {@code a, b, c}
 * @param questions     the training phrases
 * @param language      which side this is: French files write their headings {@code ## Étape :} and
 *                      {@code ## Questions posées}
 */
public record GuideForm(String id, String title, String summary, String topic, String officialLink,
                        String lastReviewed, List<String> related, List<String> synonyms, List<StepForm> steps,
                        List<String> questions, Language language) {

    // The grammar is the strict parser's (GuideGrammar): what it would read as a field, heading or item, this reads.
    private static final List<String> FIELDS = GuideGrammar.GUIDE_FIELDS;
    /** Written only when they have a value; the others always, so a missing one shows in the text. */
    private static final List<String> OPTIONAL_FIELDS = GuideGrammar.OPTIONAL_GUIDE_FIELDS;
    private static final List<String> STEP_ATTRIBUTES = GuideGrammar.STEP_ATTRIBUTES;
    private static final Pattern FIELD = GuideGrammar.FIELD;
    private static final Pattern STEP_HEADING = GuideGrammar.STEP_HEADING;
    private static final Pattern QUESTIONS_HEADING = GuideGrammar.QUESTIONS_HEADING;
    private static final Pattern LIST_ITEM = GuideGrammar.LIST_ITEM;
    private static final Pattern ESCAPED_HEADING = Pattern.compile("\\\\+## .*");

    public GuideForm {
        id = oneLine(id);
        title = oneLine(title);
        summary = oneLine(summary);
        topic = oneLine(topic);
        officialLink = oneLine(officialLink);
        lastReviewed = oneLine(lastReviewed);
        related = entries(related, ",");
        synonyms = entries(synonyms, ";");
        steps = List.copyOf(steps);
        questions = oneLineEach(questions);
    }

    /** An English side; for the French one, pass {@link Language#FR} to the full constructor. */
    public GuideForm(String id, String title, String summary, String topic, String officialLink, String lastReviewed,
                     List<String> related, List<String> synonyms, List<StepForm> steps, List<String> questions) {
        this(id, title, summary, topic, officialLink, lastReviewed, related, synonyms, steps, questions, Language.EN);
    }

    /**
     * One step.
     *
     * @param body   the step's text in Markdown
     * @param orNext this step and the next one are alternatives
     * @param cost   in words; empty when not said
     * @param time   in words; empty when not said
     * @param bring  documents or things to bring
     */
    public record StepForm(String title, String body, boolean optional, boolean orNext, String cost, String time,
                           List<String> bring) {

        public StepForm {
            title = oneLine(title);
            body = markdown(body);
            cost = oneLine(cost);
            time = oneLine(time);
            bring = entries(bring, ";");
        }

        public static StepForm empty() {
            return new StepForm("", "", false, false, "", "", List.of());
        }
    }

    /** A blank English side for a new guide: id set, last-reviewed empty, one empty step. */
    public static GuideForm blank(String id) {
        return blank(id, Language.EN);
    }

    /** A blank side in {@code language} for a new guide: id set, last-reviewed empty, one empty step. */
    public static GuideForm blank(String id, Language language) {
        return new GuideForm(id, "", "", "", "", "", List.of(), List.of(), List.of(StepForm.empty()), List.of(),
                language);
    }

    public GuideForm withSteps(List<StepForm> newSteps) {
        return new GuideForm(id, title, summary, topic, officialLink, lastReviewed, related, synonyms, newSteps,
                questions, language);
    }

    public GuideForm withQuestions(List<String> newQuestions) {
        return new GuideForm(id, title, summary, topic, officialLink, lastReviewed, related, synonyms, steps,
                newQuestions, language);
    }

    // ---- reading ------------------------------------------------------------------------------

    /**
     * Reads one side's text into a form. Missing fields and attributes are empty; the side is French when a
     * heading is French. Never throws.
     *
     * @return empty when the text is blank, or when showing it as a form would lose something: text before the
     *         front matter or outside a step, a comment, an unknown or repeated field, an unknown step attribute or
     *         flag value, a line under {@code ## Questions} that is not a {@code - } item, an unknown {@code ##}
     *         section
     */
    public static Optional<GuideForm> parse(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Reader(GuideGrammar.lines(text)).read());
        } catch (NotAForm e) {
            return Optional.empty();
        }
    }

    /** The text has something the form has no field for. */
    private static final class NotAForm extends RuntimeException {
        NotAForm() {
            super(null, null, false, false);
        }
    }

    private static final class Reader {

        private final List<String> lines;
        private final List<StepForm> steps = new ArrayList<>();
        private final List<String> questions = new ArrayList<>();
        private boolean french;

        Reader(List<String> lines) {
            this.lines = lines;
        }

        GuideForm read() {
            if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
                throw new NotAForm();
            }
            Map<String, String> front = new LinkedHashMap<>();
            int i = 1;
            for (; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
                if (!lines.get(i).isBlank()) {
                    Matcher m = FIELD.matcher(lines.get(i).strip());
                    if (!m.matches() || !FIELDS.contains(m.group(1)) || front.putIfAbsent(m.group(1), m.group(2).strip()) != null) {
                        throw new NotAForm();
                    }
                }
            }
            if (i == lines.size()) {
                throw new NotAForm();
            }
            for (i++; i < lines.size(); ) {
                String line = lines.get(i).strip();
                Matcher step = STEP_HEADING.matcher(line);
                Matcher questionsHeading = QUESTIONS_HEADING.matcher(line);
                if (line.isEmpty()) {
                    i++;
                } else if (step.matches()) {
                    french |= !step.group(1).equalsIgnoreCase("step");
                    i = readStep(i, step.group(2).strip());
                } else if (questionsHeading.matches()) {
                    french |= questionsHeading.group(1) != null;
                    i = readQuestions(i + 1);
                } else {
                    throw new NotAForm();
                }
            }
            Function<String, String> field = name -> front.getOrDefault(name, "");
            return new GuideForm(field.apply("id"), field.apply("title"), field.apply("summary"), field.apply("topic"),
                    field.apply("official-link"), field.apply("last-reviewed"), List.of(field.apply("related")),
                    List.of(field.apply("synonyms")), steps, questions, french ? Language.FR : Language.EN);
        }

        /** Like the strict parser: attribute lines right after the heading, then text up to the next section. */
        private int readStep(int heading, String title) {
            Map<String, String> attributes = new LinkedHashMap<>();
            int i = heading + 1;
            for (; i < lines.size(); i++) {
                Matcher m = FIELD.matcher(lines.get(i).strip());
                if (!m.matches() || !m.group(1).equals(m.group(1).toLowerCase())) {
                    break;
                }
                if (!STEP_ATTRIBUTES.contains(m.group(1)) || attributes.putIfAbsent(m.group(1), m.group(2).strip()) != null) {
                    throw new NotAForm();
                }
            }
            List<String> body = new ArrayList<>();
            for (; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
                String line = lines.get(i);
                body.add(ESCAPED_HEADING.matcher(line).matches() ? line.substring(1) : line);
            }
            steps.add(new StepForm(title, String.join("\n", body), flag(attributes.get("optional")),
                    flag(attributes.get("or-next")), attributes.getOrDefault("cost", ""),
                    attributes.getOrDefault("time", ""), List.of(attributes.getOrDefault("bring", ""))));
            return i;
        }

        private int readQuestions(int start) {
            int i = start;
            for (; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
                String line = lines.get(i).strip();
                Matcher item = LIST_ITEM.matcher(line);
                if (item.matches() && item.group(1) != null && !item.group(1).isBlank()) {
                    questions.add(item.group(1).strip());
                } else if (!line.isEmpty() && !item.matches()) {
                    throw new NotAForm();
                }
            }
            return i;
        }

        /** The values the strict parser accepts; any other would be lost, so the text is not a form. */
        private static boolean flag(String value) {
            if (value == null || value.isEmpty()) {
                return false;
            }
            return switch (value.toLowerCase()) {
                case "yes", "oui", "true" -> true;
                case "no", "non", "false" -> false;
                default -> throw new NotAForm();
            };
        }
    }

    // ---- writing ------------------------------------------------------------------------------

    /** The side's file text, in the bundled files' style; {@link #parse} reads it back to this form. */
    public String toText() {
        StringBuilder out = new StringBuilder("---\n");
        List<String> values = List.of(id, title, summary, topic, officialLink, lastReviewed,
                String.join(", ", related), String.join("; ", synonyms));
        for (int f = 0; f < FIELDS.size(); f++) {
            String value = values.get(f);
            if (!value.isEmpty() || !OPTIONAL_FIELDS.contains(FIELDS.get(f))) {
                out.append(FIELDS.get(f)).append(':').append(value.isEmpty() ? "" : " " + value).append('\n');
            }
        }
        out.append("---\n\n");
        String stepHeading = language == Language.FR ? "## Étape :" : "## Step:";
        for (StepForm step : steps) {
            out.append(stepHeading).append(step.title().isEmpty() ? "" : " " + step.title()).append('\n');
            attribute(out, "optional", step.optional() ? "yes" : "");
            attribute(out, "or-next", step.orNext() ? "yes" : "");
            attribute(out, "time", step.time());
            attribute(out, "cost", step.cost());
            attribute(out, "bring", String.join("; ", step.bring()));
            out.append('\n');
            String body = String.join("\n", Stream.of(step.body().split("\n", -1))
                    .map(line -> line.startsWith("## ") || ESCAPED_HEADING.matcher(line).matches() ? "\\" + line : line)
                    .toList());
            out.append(body).append(body.isEmpty() ? "\n" : "\n\n");
        }
        out.append(language == Language.FR ? "## Questions posées\n" : "## Questions\n");
        questions.forEach(q -> out.append("- ").append(q).append('\n'));
        return out.toString();
    }

    private static void attribute(StringBuilder out, String name, String value) {
        if (!value.isEmpty()) {
            out.append(name).append(": ").append(value).append('\n');
        }
    }

    /** Each value split at {@code separator}, then {@link #oneLineEach}. */
    private static List<String> entries(List<String> values, String separator) {
        return oneLineEach(values.stream().flatMap(v -> Stream.of(v.split(separator))).toList());
    }

    /** Each value on one line and stripped; empty ones dropped. */
    private static List<String> oneLineEach(List<String> values) {
        return values.stream().map(GuideForm::oneLine).filter(v -> !v.isEmpty()).toList();
    }

    /** A line break in a one-line field would start another field or a section; a control character is refused. */
    private static String oneLine(String value) {
        return value.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    }

    /** Line breaks as {@code \n} and no other control character but the tab, which the strict loader refuses. */
    private static String markdown(String markdown) {
        return markdown.replace("\r\n", "\n").replace('\r', '\n').codePoints()
                .map(c -> c != '\n' && c != '\t' && Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    }
}
