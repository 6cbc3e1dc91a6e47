package org.passerelle.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.passerelle.content.AuditRecord;
import org.passerelle.content.ContentException;
import org.passerelle.content.ContentKind;
import org.passerelle.content.ContentService;
import org.passerelle.content.DiffLine;
import org.passerelle.content.GuideVersion;
import org.passerelle.content.VersionComparison;
import org.passerelle.content.VersionState;
import org.passerelle.staff.ui.EditorLayout;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;

/**
 * A guide's history: every version with who wrote, approved and published it; two versions compared line by line
 * in each language; a roll-back to a version that was published before; the audit log of the guide. Life events and
 * referrals have theirs at the same place under their own address ({@code editor/referral/<id>/history}).
 */
@Route(value = "editor/guide/:guideId/history", layout = EditorLayout.class)
@RouteAlias(value = "editor/life-event/:guideId/history", layout = EditorLayout.class)
@RouteAlias(value = "editor/referral/:guideId/history", layout = EditorLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class HistoryView extends EditorPage implements BeforeEnterObserver {

    private final ContentService content;
    /** The entry's key ({@link org.passerelle.content.ContentKind#key}). */
    private String guideId = "";
    private ContentKind kind = ContentKind.GUIDE;
    private List<GuideVersion> versions = List.of();
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final Div comparison = new Div();

    HistoryView(ContentService content) {
        this.content = content;
        addClassName("history-view");
        from.addClassName("compare-from");
        to.addClassName("compare-to");
        from.addValueChangeListener(e -> compare());
        to.addValueChangeListener(e -> compare());
        comparison.addClassName("comparison");
    }

    static String route(String guideId) {
        return EntryRoutes.history(guideId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kind = EntryRoutes.kind(event.getLocation());
        guideId = kind.key(event.getRouteParameters().get("guideId").orElse(""));
        load();
    }

    private void load() {
        try {
            versions = content.versions(guideId);
        } catch (ContentException e) {
            versions = List.of();
        }
        List<Integer> numbers = versions.stream().map(GuideVersion::number).sorted().toList();
        from.setItems(numbers);
        to.setItems(numbers);
        if (numbers.size() >= 2) {
            from.setValue(numbers.get(numbers.size() - 2));
            to.setValue(numbers.getLast());
        }
    }

    @Override
    protected void render() {
        removeAll();
        Anchor back = new Anchor(GuideEditorView.route(guideId), t("editor.history.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-to-guide");
        add(back, new H1(t("editor.history.heading", ContentKind.id(guideId))), alerts());
        if (versions.isEmpty()) {
            add(new Paragraph(t("editor." + EntryRoutes.key(kind) + ".notFound")));
            return;
        }
        add(versionTable());
        from.setLabel(t("editor.history.from"));
        to.setLabel(t("editor.history.to"));
        from.setItemLabelGenerator(n -> t("editor.list.version", n));
        to.setItemLabelGenerator(n -> t("editor.list.version", n));
        Div pickers = new Div(from, to);
        pickers.addClassName("insights-filters");
        Section compare = new Section(new H2(t("editor.history.compare")), pickers, comparison);
        compare.addClassName("form-section");
        add(compare, auditTrail());
        compare();
    }

    private NativeTable versionTable() {
        NativeTable table = table("version-table", t("editor.history.versions"), "editor.history.version",
                "editor.history.state", "editor.history.created", "editor.history.approved", "editor.history.published",
                "editor.history.actions");
        for (GuideVersion v : versions.stream().sorted((a, b) -> b.number() - a.number()).toList()) {
            NativeTableRow row = table.getBody().addRow();
            var number = row.addHeaderCell();
            number.getElement().setAttribute("scope", "row");
            number.setText(t("editor.list.version", v.number())
                    + (v.basedOn() == null ? "" : " " + t("editor.history.basedOn", v.basedOn())));
            row.addDataCell().setText(state(v.state()));
            row.addDataCell().setText(v.created().by() + " · " + when(v.created().at()));
            row.addDataCell().setText(v.approved() == null ? "" : v.approved().by() + " · " + when(v.approved().at()));
            row.addDataCell().setText(v.published() == null ? "" : v.published().by() + " · " + when(v.published().at()));
            var actions = row.addDataCell();
            if (v.published() != null && v.state() == VersionState.ARCHIVED) {
                Button rollBack = new Button(t("editor.history.rollBack"), e -> confirmRollBack(v.number()));
                rollBack.addClassName("roll-back");
                rollBack.getElement().setAttribute("aria-label", t("editor.history.rollBack.label", v.number()));
                actions.add(rollBack);
            }
        }
        return table;
    }

    private void confirmRollBack(int number) {
        ConfirmDialog confirm = new ConfirmDialog(t("editor.history.rollBack.heading", number),
                t("editor.history.rollBack.text", number), t("editor.history.rollBack.confirm"), e -> {
                    try {
                        GuideVersion copy = content.rollBack(guideId, number);
                        load();
                        render();
                        done(t("editor.history.rolledBack", number, copy.number()));
                    } catch (ContentException ex) {
                        problem(ex);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(t("editor.cancel"));
        confirm.open();
    }

    private void compare() {
        comparison.removeAll();
        if (from.getValue() == null || to.getValue() == null || from.getValue().equals(to.getValue())) {
            comparison.add(new Paragraph(t("editor.history.pickTwo")));
            return;
        }
        VersionComparison result;
        try {
            result = content.compare(guideId, from.getValue(), to.getValue());
        } catch (ContentException e) {
            problem(e);
            return;
        }
        for (Language language : Language.values()) {
            Div side = new Div(new H3(t("editor.side." + language.code())));
            side.addClassName("diff-side");
            if (!result.changed(language)) {
                side.add(new Paragraph(t("editor.history.same")));
            } else {
                Div lines = new Div();
                lines.addClassName("diff");
                lines.getElement().setAttribute("lang", language.code());
                for (DiffLine line : result.lines().get(language)) {
                    if (line.change() == DiffLine.Change.SAME) {
                        continue;
                    }
                    boolean added = line.change() == DiffLine.Change.ADDED;
                    Div shown = new Div();
                    shown.addClassName(added ? "diff-added" : "diff-removed");
                    Span marker = new Span(t(added ? "editor.history.added" : "editor.history.removed",
                            added ? line.newLine() : line.oldLine()));
                    marker.addClassName("diff-marker");
                    Span text = new Span(line.text());
                    text.addClassName("diff-text");
                    shown.add(marker, text);
                    lines.add(shown);
                }
                side.add(lines);
            }
            comparison.add(side);
        }
    }

    private Section auditTrail() {
        Section section = new Section(new H2(t("editor.history.audit")));
        section.addClassName("form-section");
        List<AuditRecord> trail;
        try {
            trail = content.auditTrail(guideId);
        } catch (ContentException e) {
            return section;
        }
        NativeTable table = table("audit-table", t("editor.history.audit"), "editor.recent.when", "editor.recent.who",
                "editor.recent.what", "editor.history.version");
        for (AuditRecord record : trail) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(when(record.at()));
            row.addDataCell().setText(record.actor());
            row.addDataCell().setText(action(record.action()));
            row.addDataCell().setText(record.number() == null ? "" : Integer.toString(record.number()));
        }
        section.add(table);
        return section;
    }

    @Override
    public String getPageTitle() {
        return t("editor.history.heading", ContentKind.id(guideId)) + " — Passerelle";
    }
}
