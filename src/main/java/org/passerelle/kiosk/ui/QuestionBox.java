package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.passerelle.knowledge.Language;
import org.passerelle.search.SearchService;

/**
 * The big "Ask a question" box: a text field with an Ask button and, while the person types, a few
 * suggested questions as buttons (easier to touch than a drop-down). The browser is told not to
 * remember anything typed here.
 */
class QuestionBox extends Div {

    /** Enough for any real question and for a long paste, which the assistant then refuses politely. */
    static final int MAX_LENGTH = 10_000;
    private static final int MIN_PREFIX = 2;

    private final TextField field = new TextField();
    private final Button ask = new Button();
    private final Div suggestions = new Div();
    private final SearchService search;
    private final Language language;
    private final int limit;
    private final Consumer<String> onAsk;

    QuestionBox(SearchService search, Language language, int limit, Consumer<String> onAsk) {
        this.search = search;
        this.language = language;
        this.limit = limit;
        this.onAsk = onAsk;
        addClassName("question-box");

        field.addClassName("question");
        field.setLabel(getTranslation(language.locale(), "ask.label"));
        field.setHelperText(getTranslation(language.locale(), "ask.helper"));
        field.setMaxLength(MAX_LENGTH);
        field.setWidthFull();
        field.setClearButtonVisible(true);
        field.setAutocomplete(Autocomplete.OFF);
        field.setAutocorrect(false);
        field.setAutocapitalize(Autocapitalize.NONE);
        field.getElement().setAttribute("spellcheck", "false");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(250);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showSuggestions(e.getValue());
            }
        });

        ask.setText(getTranslation(language.locale(), "ask.button"));
        ask.setIcon(KioskIcon.of("question"));
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        ask.addClassName("ask-button");
        ask.addClickShortcut(Key.ENTER).listenOn(field);
        ask.addClickListener(e -> submit(field.getValue()));

        Div row = new Div(field, ask);
        row.addClassName("question-row");
        suggestions.addClassName("suggestions");
        add(row, suggestions);
    }

    private void showSuggestions(String typed) {
        suggestions.removeAll();
        if (typed == null || typed.strip().length() < MIN_PREFIX || typed.length() > 200 || limit == 0) {
            return;
        }
        List<String> found = search.suggest(typed, language, limit);
        if (found.isEmpty()) {
            return;
        }
        Paragraph label = new Paragraph(getTranslation(language.locale(), "ask.suggestions"));
        label.setId("suggestions-label-" + language.code());
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
        for (String suggestion : found) {
            Button choice = new Button(suggestion, e -> submit(suggestion));
            choice.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            choice.addClassName("suggestion");
            list.add(new ListItem(choice));
        }
        suggestions.add(label, list);
    }

    private void submit(String text) {
        suggestions.removeAll();
        field.clear();
        onAsk.accept(text == null ? "" : text);
    }

    void focusField() {
        field.focus();
    }
}
