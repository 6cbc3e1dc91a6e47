package org.passerelle.insights.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.passerelle.insights.InsightsException;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;

/**
 * What both insight screens share: drawn in the signed-in editor's language and drawn again when it changes, a
 * filter by the citizens' language, guide titles, dates and problems written for people.
 */
abstract class InsightsPage extends Main implements HasDynamicTitle, LocaleChangeObserver {

    /** "" stands for both languages. */
    protected final Select<String> languageFilter = new Select<>();
    protected final KnowledgeService knowledge;
    private final String keys;
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();

    /** @param keys the screen's message keys start with this: {@code .title}, {@code .heading}, {@code .intro} */
    InsightsPage(KnowledgeService knowledge, String keys) {
        this.knowledge = knowledge;
        this.keys = keys;
        languageFilter.addClassName("language-filter");
        languageFilter.setItems("", Language.EN.name(), Language.FR.name());
        languageFilter.setValue("");
        languageFilter.addValueChangeListener(e -> render());
    }

    /** The heading, the introduction, the filters (the citizens' language first), then the content. */
    protected void compose(Component content, Component... filters) {
        Div row = new Div(languageFilter);
        row.add(filters);
        row.addClassName("insights-filters");
        add(heading, intro, row, content);
    }

    /** Draws what depends on the filters from scratch. */
    protected abstract void render();

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(t(keys + ".heading"));
        intro.setText(t(keys + ".intro"));
        languageFilter.setLabel(t("insights.filter.language"));
        languageFilter.setItemLabelGenerator(v -> v.isEmpty() ? t("insights.filter.both")
                : t("insights.language." + v.toLowerCase(Locale.ROOT)));
        render();
    }

    @Override
    public String getPageTitle() {
        return t(keys + ".title") + " — Passerelle";
    }

    /** The citizens' language chosen in the filter, or {@code null} for both. */
    protected @Nullable Language chosenLanguage() {
        String value = languageFilter.getValue();
        return value == null || value.isEmpty() ? null : Language.valueOf(value);
    }

    /** The guide's title in the editor's language, or its id when the knowledge base no longer has it. */
    protected String guideTitle(String guideId) {
        return knowledge.current().guide(guideId).map(this::title).orElse(guideId);
    }

    protected String title(Guide guide) {
        return guide.text(Language.fromLocale(getLocale())).title();
    }

    protected String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
    }

    protected void problem(InsightsException e) {
        Notification shown = Notification.show(t("insights.problem." + e.problem().name().toLowerCase(Locale.ROOT)),
                6000, Notification.Position.MIDDLE);
        shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    protected String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
