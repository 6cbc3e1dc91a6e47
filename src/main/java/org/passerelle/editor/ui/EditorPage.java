package org.passerelle.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.content.ContentException;
import org.passerelle.content.ContentKind;
import org.passerelle.content.GuideSummary;
import org.passerelle.content.Finding;
import org.passerelle.knowledge.GuideForm;
import org.passerelle.content.GuideVersion;
import org.passerelle.content.VersionState;
import org.passerelle.knowledge.Language;

/**
 * What the editor's screens share: drawn in the signed-in editor's language (and again when it changes), dates
 * and states in words, and refusals of the content service written for people, with what to fix.
 */
abstract class EditorPage extends Main implements HasDynamicTitle, LocaleChangeObserver {

    private final Div alerts = new Div();

    EditorPage() {
        addClassName("editor-page");
        alerts.addClassName("editor-alerts");
        alerts.getElement().setAttribute("role", "alert");
    }

    /** Draws the screen from scratch, in the current language. */
    protected abstract void render();

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    /** The area where problems stay on screen until the next action; draw it near the top. */
    protected Div alerts() {
        alerts.removeAll();
        return alerts;
    }

    /**
     * Tells what the content service refused and why, in the editor's language; with the findings to fix, when
     * there are any. Stays on screen (a problem with a list is too long for a toast) and is announced.
     */
    protected void problem(ContentException e) {
        alerts.removeAll();
        Div box = new Div(new Paragraph(t("content.problem." + e.problem().name().toLowerCase(Locale.ROOT))));
        box.addClassName("editor-problem");
        if (!e.findings().isEmpty()) {
            UnorderedList list = new UnorderedList();
            e.findings().forEach(f -> list.add(new ListItem(finding(f))));
            box.add(list);
        }
        alerts.add(box);
    }

    protected void clearProblems() {
        alerts.removeAll();
    }

    protected void done(String message) {
        alerts.removeAll();
        Notification shown = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        shown.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A finding in words: its kind, the side it is about, where, and the detail. */
    protected Component finding(Finding f) {
        Span line = new Span();
        line.addClassName("finding");
        line.addClassName("finding-" + f.severity().name().toLowerCase(Locale.ROOT));
        Span severity = new Span(t("content.severity." + f.severity().name().toLowerCase(Locale.ROOT)));
        severity.addClassName("finding-severity");
        String side = f.language() == null ? "" : t("editor.side." + f.language().code()) + " · ";
        Span what = new Span(t("content.finding." + f.kind().name().toLowerCase(Locale.ROOT)));
        what.addClassName("finding-kind");
        Span where = new Span(side + f.where());
        where.addClassName("finding-where");
        Span detail = new Span(f.message());
        detail.addClassName("finding-detail");
        detail.getElement().setAttribute("lang", "en");
        line.add(severity, what, where, detail);
        return line;
    }

    /** An empty table with a caption for screen readers and its column headers, ready for rows. */
    protected NativeTable table(String className, String caption, String... headerKeys) {
        NativeTable table = new NativeTable();
        table.addClassName("insights-table");
        table.addClassName(className);
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String key : headerKeys) {
            head.addHeaderCell().setText(t(key));
        }
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        return table;
    }

    /**
     * A row of a list of guides, life events or referrals: the title (or id) linking to its editor, the id, the
     * version kiosks show and the one being worked on. Further cells are the caller's.
     */
    protected NativeTableRow summaryRow(NativeTable table, GuideSummary entry, String linkClass) {
        NativeTableRow row = table.getBody().addRow();
        var name = row.addHeaderCell();
        name.getElement().setAttribute("scope", "row");
        String id = ContentKind.id(entry.id());
        String title = entry.titles().getOrDefault(language(), "");
        Anchor link = new Anchor(EntryRoutes.editor(entry.id()), title.isBlank() ? id : title);
        link.getElement().setAttribute("router-link", true);
        link.addClassName(linkClass);
        Span shownId = new Span(id);
        shownId.addClassName("guide-id");
        name.add(link, shownId);
        row.addDataCell().setText(entry.publishedNumber() == null ? t("editor.list.never")
                : t("editor.list.version", entry.publishedNumber()) + " · " + when(entry.publishedAt()));
        row.addDataCell().setText(entry.openNumber() == null ? ""
                : t("editor.list.version", entry.openNumber()) + " · " + state(entry.openState()));
        return row;
    }

    /** The id field and the button of a "new guide / life event / referral" form. */
    protected static void newEntry(TextField id, String idClass, int maxLength, Button create, String createClass,
            Runnable onCreate) {
        id.addClassName(idClass);
        id.setMaxLength(maxLength);
        id.setPattern("[a-z0-9]+(-[a-z0-9]+)*");
        create.addClassName(createClass);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> onCreate.run());
    }

    /** An audit log's action in words; an action this version does not know yet, as recorded. */
    protected String action(String action) {
        String text = t("content.action." + action.toLowerCase(Locale.ROOT));
        return text.startsWith("!") ? action : text;
    }

    /** A language side that is missing, or that was last reviewed before the other side. */
    protected List<String> flags(GuideVersion version) {
        List<String> flags = new ArrayList<>();
        for (Language side : Language.values()) {
            if (version.text(side).isBlank()) {
                flags.add(t("editor.flag.missing", t("editor.side." + side.code())));
            }
        }
        Optional<GuideForm> en = GuideForm.parse(version.text(Language.EN));
        Optional<GuideForm> fr = GuideForm.parse(version.text(Language.FR));
        if (en.isPresent() && fr.isPresent()) {
            String enDate = en.get().lastReviewed();
            String frDate = fr.get().lastReviewed();
            if (!enDate.isBlank() && !frDate.isBlank() && !enDate.equals(frDate)) {
                Language older = enDate.compareTo(frDate) < 0 ? Language.EN : Language.FR;
                flags.add(t("editor.flag.older", t("editor.side." + older.code())));
            }
        }
        return flags;
    }

    protected String state(@Nullable VersionState state) {
        return state == null ? "" : t("content.state." + state.name().toLowerCase(Locale.ROOT));
    }

    protected String when(@Nullable Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(at);
    }

    protected Language language() {
        return Language.fromLocale(getLocale());
    }

    protected String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
