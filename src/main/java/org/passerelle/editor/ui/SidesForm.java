package org.passerelle.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.GuideForm;
import org.passerelle.knowledge.GuideForm.StepForm;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.Topic;

/**
 * Both language sides of a guide as one form, English and French side by side: what both sides share once (topic,
 * related guides, whether a step is optional or an alternative to the next), each side's words next to the other
 * side's. Steps are added, removed and moved for both sides at once, so the two sides can never disagree on them.
 * Every field is plain text: markup typed in is kept as text and made safe where the kiosk shows it.
 */
class SidesForm extends Div {

    /** One step: what both sides share, and each side's fields. */
    private final class StepRow {
        final Checkbox optional = new Checkbox();
        final Checkbox orNext = new Checkbox();
        final Map<Language, TextField> title = new EnumMap<>(Language.class);
        final Map<Language, TextArea> body = new EnumMap<>(Language.class);
        final Map<Language, TextField> time = new EnumMap<>(Language.class);
        final Map<Language, TextField> cost = new EnumMap<>(Language.class);
        final Map<Language, TextArea> bring = new EnumMap<>(Language.class);

        StepRow(Map<Language, StepForm> sides) {
            StepForm first = sides.values().stream().filter(s -> !s.title().isBlank()).findFirst()
                    .orElse(sides.get(Language.EN));
            optional.setValue(first.optional());
            orNext.setValue(first.orNext());
            for (Language language : Language.values()) {
                StepForm side = sides.get(language);
                title.put(language, field(side.title(), 200));
                body.put(language, area(side.body(), 4000));
                time.put(language, field(side.time(), 200));
                cost.put(language, field(side.cost(), 200));
                bring.put(language, area(String.join("\n", side.bring()), 2000));
            }
        }

        StepForm side(Language language) {
            return new StepForm(title.get(language).getValue(), body.get(language).getValue(), optional.getValue(),
                    orNext.getValue(), cost.get(language).getValue(), time.get(language).getValue(),
                    lines(bring.get(language).getValue()));
        }
    }

    private final String guideId;
    private final Runnable changed;
    private final Select<String> topic = new Select<>();
    private final MultiSelectComboBox<String> related = new MultiSelectComboBox<>();
    private final Map<Language, TextField> title = new EnumMap<>(Language.class);
    private final Map<Language, TextArea> summary = new EnumMap<>(Language.class);
    private final Map<Language, TextField> link = new EnumMap<>(Language.class);
    private final Map<Language, DatePicker> reviewed = new EnumMap<>(Language.class);
    private final Map<Language, TextArea> questions = new EnumMap<>(Language.class);
    private final Map<Language, TextArea> synonyms = new EnumMap<>(Language.class);
    private final List<String> originalRelated;
    private final List<StepRow> steps = new ArrayList<>();
    private final Div stepList = new Div();
    private final Button addStep = new Button();
    private boolean readOnly;

    /** @param changed told whenever the editor changes something */
    SidesForm(String guideId, Map<Language, GuideForm> sides, List<Topic> topics, List<String> otherGuides,
            Runnable changed, Locale locale) {
        this.guideId = guideId;
        this.changed = changed;
        addClassName("sides-form");
        GuideForm en = sides.get(Language.EN);
        GuideForm fr = sides.get(Language.FR);

        Language shown = Language.fromLocale(locale);
        topic.setLabel(t("editor.field.topic"));
        List<String> topicIds = new ArrayList<>(topics.stream().map(Topic::id).toList());
        String currentTopic = en.topic().isBlank() ? fr.topic() : en.topic();
        if (!currentTopic.isBlank() && !topicIds.contains(currentTopic)) {
            topicIds.add(currentTopic);
        }
        topic.setItems(topicIds);
        topic.setItemLabelGenerator(id -> topics.stream().filter(tp -> tp.id().equals(id)).findFirst()
                .map(tp -> tp.label(shown) + " (" + id + ")").orElse(id));
        if (!currentTopic.isBlank()) {
            topic.setValue(currentTopic);
        }
        topic.addValueChangeListener(e -> changed.run());
        related.setLabel(t("editor.field.related"));
        LinkedHashSet<String> relatedIds = new LinkedHashSet<>(otherGuides);
        relatedIds.addAll(en.related());
        relatedIds.remove(guideId);
        related.setItems(relatedIds);
        originalRelated = en.related().isEmpty() ? fr.related() : en.related();
        related.setValue(new LinkedHashSet<>(originalRelated));
        related.addValueChangeListener(e -> changed.run());
        Div shared = new Div(topic, related);
        shared.addClassName("form-shared");

        Div columns = new Div(heading(Language.EN), heading(Language.FR));
        columns.addClassName("sides-head");
        columns.getElement().setAttribute("aria-hidden", "true");

        for (Language language : Language.values()) {
            GuideForm side = sides.get(language);
            title.put(language, field(side.title(), 200));
            summary.put(language, area(side.summary(), 1000));
            link.put(language, field(side.officialLink(), 500));
            DatePicker date = new DatePicker();
            date.setLocale(locale);
            date.setValue(parseDate(side.lastReviewed()));
            date.addValueChangeListener(e -> changed.run());
            reviewed.put(language, date);
            questions.put(language, area(String.join("\n", side.questions()), 20_000));
            synonyms.put(language, area(String.join("\n", side.synonyms()), 5_000));
        }
        label(title, "editor.field.title");
        label(summary, "editor.field.summary");
        label(link, "editor.field.link");
        label(reviewed, "editor.field.reviewed");
        label(questions, "editor.field.questions");
        label(synonyms, "editor.field.synonyms");
        questions.values().forEach(q -> q.setHelperText(t("editor.field.questions.help")));
        synonyms.values().forEach(s -> s.setHelperText(t("editor.field.synonyms.help")));
        reviewed.values().forEach(d -> d.setHelperText(t("editor.field.reviewed.help")));

        int count = Math.max(1, Math.max(en.steps().size(), fr.steps().size()));
        for (int i = 0; i < count; i++) {
            Map<Language, StepForm> step = new EnumMap<>(Language.class);
            step.put(Language.EN, i < en.steps().size() ? en.steps().get(i) : StepForm.empty());
            step.put(Language.FR, i < fr.steps().size() ? fr.steps().get(i) : StepForm.empty());
            steps.add(new StepRow(step));
        }
        stepList.addClassName("step-rows");
        addStep.setText(t("editor.step.add"));
        addStep.addClassName("add-step");
        addStep.addClickListener(e -> {
            steps.add(new StepRow(Map.of(Language.EN, StepForm.empty(), Language.FR, StepForm.empty())));
            drawSteps();
            changed.run();
            steps.getLast().title.get(Language.EN).focus();
        });

        Section about = section("editor.section.about", shared, columns, row(title), row(summary), row(link),
                row(reviewed));
        Section stepSection = section("editor.section.steps", stepList, addStep);
        Section phrases = section("editor.section.phrases", row(questions), row(synonyms));
        add(about, stepSection, phrases);
        drawSteps();
    }

    /** The form's content as each side's form; a side with nothing written stays absent (empty text). */
    Map<Language, GuideForm> sides() {
        Map<Language, GuideForm> sides = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            LocalDate date = reviewed.get(language).getValue();
            sides.put(language, new GuideForm(guideId, title.get(language).getValue(),
                    summary.get(language).getValue(), topic.getValue() == null ? "" : topic.getValue(),
                    link.get(language).getValue(), date == null ? "" : date.toString(),
                    related(), lines(synonyms.get(language).getValue()),
                    steps.stream().map(s -> s.side(language)).toList(), lines(questions.get(language).getValue()),
                    language));
        }
        return sides;
    }

    /** The related guides chosen, those the guide had first in their order, then new ones by id. */
    private List<String> related() {
        List<String> chosen = new ArrayList<>(originalRelated.stream().filter(related.getValue()::contains).toList());
        related.getValue().stream().filter(id -> !chosen.contains(id)).sorted().forEach(chosen::add);
        return chosen;
    }

    /** Whether a side has nothing written in its own words (a French side not started yet, say). */
    boolean blank(Language language) {
        return title.get(language).isEmpty() && summary.get(language).isEmpty() && link.get(language).isEmpty()
                && questions.get(language).isEmpty()
                && steps.stream().allMatch(s -> s.title.get(language).isEmpty() && s.body.get(language).isEmpty());
    }

    /** Adds phrases to a side's questions, skipping those it already has (same text, ignoring case). */
    int addQuestions(Language language, List<String> phrases) {
        TextArea area = questions.get(language);
        List<String> current = new ArrayList<>(lines(area.getValue()));
        int added = 0;
        for (String phrase : phrases) {
            if (current.stream().noneMatch(q -> q.equalsIgnoreCase(phrase.strip()))) {
                current.add(phrase.strip());
                added++;
            }
        }
        area.setValue(String.join("\n", current));
        return added;
    }

    List<String> questions(Language language) {
        return lines(questions.get(language).getValue());
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        topic.setReadOnly(readOnly);
        related.setReadOnly(readOnly);
        for (Map<Language, ? extends HasValue<?, ?>> fields : List.of(title, summary, link, reviewed, questions, synonyms)) {
            fields.values().forEach(f -> f.setReadOnly(readOnly));
        }
        addStep.setVisible(!readOnly);
        drawSteps();
    }

    private void drawSteps() {
        stepList.removeAll();
        for (int i = 0; i < steps.size(); i++) {
            stepList.add(stepBox(i));
        }
    }

    private Component stepBox(int index) {
        StepRow step = steps.get(index);
        int number = index + 1;
        Section box = new Section();
        box.addClassName("step-row");
        H3 heading = new H3(t("editor.step.heading", number));
        Div tools = new Div();
        tools.addClassName("step-tools");
        step.optional.setLabel(t("editor.step.optional"));
        step.orNext.setLabel(t("editor.step.orNext"));
        step.optional.setReadOnly(readOnly);
        step.orNext.setReadOnly(readOnly);
        tools.add(step.optional, step.orNext);
        if (!readOnly) {
            tools.add(
                    stepButton(t("editor.step.up"), t("editor.step.up.label", number), index > 0,
                            () -> move(index, index - 1)),
                    stepButton(t("editor.step.down"), t("editor.step.down.label", number), index < steps.size() - 1,
                            () -> move(index, index + 1)),
                    stepButton(t("editor.step.remove"), t("editor.step.remove.label", number), steps.size() > 1, () -> {
                        steps.remove(index);
                        drawSteps();
                        changed.run();
                    }));
        }
        for (var fields : List.<Map<Language, ? extends HasValue<?, ?>>>of(step.title, step.body, step.time, step.cost,
                step.bring)) {
            fields.values().forEach(f -> f.setReadOnly(readOnly));
        }
        label(step.title, "editor.step.title");
        label(step.body, "editor.step.body");
        label(step.time, "editor.step.time");
        label(step.cost, "editor.step.cost");
        label(step.bring, "editor.step.bring");
        step.bring.values().forEach(b -> b.setHelperText(t("editor.step.bring.help")));
        step.body.values().forEach(b -> b.setHelperText(t("editor.step.body.help")));
        box.add(heading, tools, row(step.title), row(step.body), row(step.time), row(step.cost), row(step.bring));
        return box;
    }

    private Button stepButton(String text, String label, boolean enabled, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", label);
        button.setEnabled(enabled);
        return button;
    }

    private void move(int from, int to) {
        steps.add(to, steps.remove(from));
        drawSteps();
        changed.run();
    }

    /** The label of a pair of fields, saying which language each one is in. */
    private void label(Map<Language, ? extends HasValue<?, ?>> pair, String key) {
        for (Language language : Language.values()) {
            String text = t(key) + " — " + t("editor.side." + language.code());
            switch (pair.get(language)) {
                case TextField f -> f.setLabel(text);
                case TextArea a -> a.setLabel(text);
                case DatePicker d -> d.setLabel(text);
                default -> throw new IllegalStateException();
            }
            ((Component) pair.get(language)).getElement().setAttribute("lang", language.code());
            ((Component) pair.get(language)).addClassName("side-" + language.code());
            // editor.step.title -> step-title: what a test or a style sheet picks the field by.
            ((Component) pair.get(language)).addClassName(key.substring(key.indexOf('.') + 1).replace('.', '-'));
        }
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    private static Div row(Map<Language, ? extends HasValue<?, ?>> pair) {
        Div row = new Div((Component) pair.get(Language.EN), (Component) pair.get(Language.FR));
        row.addClassName("side-by-side");
        return row;
    }

    private Section section(String key, Component... content) {
        Section section = new Section(new H2(t(key)));
        section.add(content);
        section.addClassName("form-section");
        return section;
    }

    private Span heading(Language language) {
        Span span = new Span(t("editor.side." + language.code()));
        span.getElement().setAttribute("lang", language.code());
        return span;
    }

    private TextField field(String value, int max) {
        TextField field = new TextField();
        field.setValue(value);
        field.setMaxLength(max);
        field.setWidthFull();
        field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> changed.run());
        return field;
    }

    private TextArea area(String value, int max) {
        TextArea area = new TextArea();
        area.setValue(value);
        area.setMaxLength(max);
        area.setWidthFull();
        area.addValueChangeListener(e -> changed.run());
        return area;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static @Nullable LocalDate parseDate(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
