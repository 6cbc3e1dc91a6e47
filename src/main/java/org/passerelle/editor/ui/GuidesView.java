package org.passerelle.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.passerelle.content.AuditRecord;
import org.passerelle.content.ContentException;
import org.passerelle.content.ContentService;
import org.passerelle.knowledge.GuideForm;
import org.passerelle.content.GuideSummary;
import org.passerelle.insights.GapGroupSummary;
import org.passerelle.insights.GapService;
import org.passerelle.insights.InsightsException;
import org.passerelle.staff.ui.EditorLayout;
import org.passerelle.knowledge.Language;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Roles;

/**
 * Every guide, with what kiosks show (the published version) and what is in the workflow, flagged when a language
 * side is missing or older than the other; a filter; a new guide; the latest changes by anyone.
 */
@Route(value = "editor", layout = EditorLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class GuidesView extends EditorPage {

    /** What the list shows. */
    enum Filter {
        ALL, IN_WORKFLOW, WAITING_FOR_REVIEW, FLAGGED
    }

    private final ContentService content;
    private final GapService gaps;
    private final String editor;
    private final TextField search = new TextField();
    private final Select<Filter> filter = new Select<>();
    private final TextField newId = new TextField();
    private final Button create = new Button();
    private final Div table = new Div();

    GuidesView(ContentService content, GapService gaps, CurrentUser user) {
        this.content = content;
        this.gaps = gaps;
        // Read once, while the navigation's request carries the signed-in user.
        this.editor = user.username().orElse("");
        addClassName("guides-view");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addClassName("guide-search");
        search.addValueChangeListener(e -> drawTable());
        filter.setItems(Filter.values());
        filter.setValue(Filter.ALL);
        filter.addClassName("guide-filter");
        filter.addValueChangeListener(e -> drawTable());
        newEntry(newId, "new-guide-id", 100, create, "create-guide", this::createGuide);
    }

    @Override
    protected void render() {
        removeAll();
        search.setLabel(t("editor.list.search"));
        filter.setLabel(t("editor.list.filter"));
        filter.setItemLabelGenerator(f -> t("editor.list.filter." + f.name().toLowerCase(Locale.ROOT)));
        newId.setLabel(t("editor.new.id"));
        newId.setHelperText(t("editor.new.id.help"));
        create.setText(t("editor.new.create"));
        Div filters = new Div(search, filter);
        filters.addClassName("insights-filters");
        Section newGuide = new Section(new H2(t("editor.new.heading")), new Div(newId, create));
        newGuide.addClassName("new-guide");
        table.addClassName("guide-table-wrap");
        add(new H1(t("editor.list.heading")), new Paragraph(t("editor.list.intro")), alerts(), filters, table,
                newGuide, waitingForGuides(), recentChanges());
        drawTable();
    }

    private void drawTable() {
        table.removeAll();
        List<GuideSummary> guides;
        try {
            guides = content.guides();
        } catch (ContentException e) {
            problem(e);
            return;
        }
        String query = search.getValue().strip().toLowerCase(Locale.ROOT);
        Filter chosen = filter.getValue() == null ? Filter.ALL : filter.getValue();
        NativeTable list = table("guide-table", t("editor.list.heading"), "editor.list.guide", "editor.list.published",
                "editor.list.open", "editor.list.flags");
        int shown = 0;
        for (GuideSummary guide : guides) {
            List<String> flags = flags(guide);
            boolean matches = query.isEmpty() || guide.id().contains(query)
                    || guide.titles().values().stream().anyMatch(title -> title.toLowerCase(Locale.ROOT).contains(query));
            boolean kept = switch (chosen) {
                case ALL -> true;
                case IN_WORKFLOW -> guide.openState() != null;
                case WAITING_FOR_REVIEW -> guide.openState() == org.passerelle.content.VersionState.SUBMITTED;
                case FLAGGED -> !flags.isEmpty();
            };
            if (!matches || !kept) {
                continue;
            }
            shown++;
            NativeTableRow row = summaryRow(list, guide, "editor-guide-link");
            var flagCell = row.addDataCell();
            flags.forEach(flag -> {
                Span badge = new Span(flag);
                badge.addClassName("flag");
                flagCell.add(badge);
            });
        }
        table.add(list);
        if (shown == 0) {
            table.add(new Paragraph(t("editor.list.none")));
        }
    }

    /** The flags of the version being worked on, else of the published one. */
    private List<String> flags(GuideSummary guide) {
        return content.openVersion(guide.id()).or(() -> content.publishedVersion(guide.id())).map(this::flags)
                .orElse(List.of());
    }

    /**
     * Questions the kiosk failed that editors decided need a new guide: each can start one, its training phrases
     * in the group's language taken from the citizens' own (redacted) words.
     */
    private Section waitingForGuides() {
        Section section = new Section();
        section.addClassName("waiting-for-guides");
        List<GapGroupSummary> waiting;
        try {
            waiting = gaps.waitingForNewGuide();
        } catch (InsightsException e) {
            return section;
        }
        if (waiting.isEmpty()) {
            return section;
        }
        section.add(new H2(t("editor.waiting.heading")), new Paragraph(t("editor.waiting.intro")));
        for (GapGroupSummary group : waiting) {
            Div card = new Div();
            card.addClassName("gap-group");
            card.add(new Paragraph(t("editor.waiting.group", group.items(), t("editor.side." + group.language().code()),
                    group.decidedBy() == null ? "" : group.decidedBy())));
            UnorderedList examples = new UnorderedList();
            group.examples().forEach(example -> {
                ListItem item = new ListItem(example);
                item.getElement().setAttribute("lang", group.language().code());
                examples.add(item);
            });
            TextField id = new TextField(t("editor.new.id"));
            id.addClassName("waiting-guide-id");
            id.setMaxLength(100);
            Button start = new Button(t("editor.waiting.start"), e -> startGuideFor(group, id.getValue().strip()));
            start.addClassName("start-guide-for-gap");
            Div form = new Div(id, start);
            form.addClassName("new-guide-row");
            card.add(examples, form);
            section.add(card);
        }
        return section;
    }

    private void startGuideFor(GapGroupSummary group, String id) {
        try {
            List<String> phrases = gaps.suggestedPhrases(group.id());
            Language language = group.language();
            String seeded = GuideForm.blank(id, language).withQuestions(phrases).toText();
            content.createGuide(id, language == Language.EN ? seeded : "", language == Language.FR ? seeded : "");
            gaps.newGuideStarted(group.id(), id, editor);
            getUI().ifPresent(ui -> ui.navigate(GuideEditorView.route(id)));
        } catch (ContentException e) {
            problem(e);
        } catch (InsightsException e) {
            alerts().add(new Paragraph(t("insights.problem." + e.problem().name().toLowerCase(Locale.ROOT))));
        }
    }

    private Section recentChanges() {
        Section section = new Section(new H2(t("editor.recent.heading")));
        section.addClassName("recent-changes");
        List<AuditRecord> changes;
        try {
            changes = content.recentChanges(15);
        } catch (ContentException e) {
            return section;
        }
        if (changes.isEmpty()) {
            section.add(new Paragraph(t("editor.recent.none")));
            return section;
        }
        NativeTable list = table("recent-table", t("editor.recent.heading"), "editor.recent.when", "editor.recent.who",
                "editor.recent.what", "editor.list.guide");
        for (AuditRecord change : changes) {
            NativeTableRow row = list.getBody().addRow();
            row.addDataCell().setText(when(change.at()));
            row.addDataCell().setText(change.actor());
            row.addDataCell().setText(action(change.action()));
            row.addDataCell().setText(change.guideId() == null ? ""
                    : change.guideId() + (change.number() == null ? "" : " · " + t("editor.list.version", change.number())));
        }
        section.add(list);
        return section;
    }

    private void createGuide() {
        String id = newId.getValue().strip();
        try {
            content.createGuide(id, "", "");
            getUI().ifPresent(ui -> ui.navigate(GuideEditorView.route(id)));
        } catch (ContentException e) {
            problem(e);
        }
    }

    @Override
    public String getPageTitle() {
        return t("editor.list.heading") + " — Passerelle";
    }
}
