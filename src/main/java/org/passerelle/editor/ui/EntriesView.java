package org.passerelle.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.passerelle.content.ContentException;
import org.passerelle.content.ContentKind;
import org.passerelle.content.ContentService;
import org.passerelle.content.GuideSummary;
import org.passerelle.staff.ui.EditorLayout;
import org.passerelle.security.Roles;

/**
 * The life events ({@code editor/life-events}) or the referrals ({@code editor/referrals}): each with what kiosks show
 * and what is in the workflow, and a new one. They are edited, reviewed and published like guides, on the same
 * screens.
 */
@Route(value = "editor/life-events", layout = EditorLayout.class)
@RouteAlias(value = "editor/referrals", layout = EditorLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class EntriesView extends EditorPage implements BeforeEnterObserver {

    private final ContentService content;
    private ContentKind kind = ContentKind.LIFE_EVENT;
    private final TextField newId = new TextField();
    private final Button create = new Button();
    private final Select<GuideSummary> startFrom = new Select<>();

    EntriesView(ContentService content) {
        this.content = content;
        addClassName("entries-view");
        newEntry(newId, "new-entry-id", 80, create, "create-entry", this::createEntry);
        startFrom.addClassName("start-from");
        startFrom.setEmptySelectionAllowed(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kind = event.getLocation().getPath().equals(EntryRoutes.list(ContentKind.REFERRAL)) ? ContentKind.REFERRAL
                : ContentKind.LIFE_EVENT;
    }

    private String k(String suffix) {
        return "editor." + EntryRoutes.key(kind) + "." + suffix;
    }

    @Override
    protected void render() {
        removeAll();
        newId.setLabel(t(k("id")));
        newId.setHelperText(t(k("id.help")));
        create.setText(t(k("create")));
        startFrom.setLabel(t("editor.entry.startFrom"));
        startFrom.setHelperText(t("editor.entry.startFrom.help"));
        startFrom.setEmptySelectionCaption(t("editor.entry.startFrom.blank"));
        startFrom.setItemLabelGenerator(entry -> entry == null ? t("editor.entry.startFrom.blank")
                : entry.titles().getOrDefault(language(), ContentKind.id(entry.id())));
        Section newEntry = new Section(new H2(t(k("new"))), new Div(newId, startFrom, create));
        newEntry.addClassName("new-guide");
        add(new H1(t(k("heading"))), new Paragraph(t(k("intro"))), alerts(), list(), newEntry);
    }

    private Div list() {
        Div wrap = new Div();
        wrap.addClassName("guide-table-wrap");
        List<GuideSummary> entries;
        try {
            entries = content.entries(kind);
        } catch (ContentException e) {
            problem(e);
            return wrap;
        }
        startFrom.setItems(entries.stream().filter(entry -> entry.publishedNumber() != null).toList());
        if (entries.isEmpty()) {
            wrap.add(new Paragraph(t(k("none"))));
            return wrap;
        }
        NativeTable table = table("entry-table", t(k("heading")), k("column"), "editor.list.published", "editor.list.open");
        for (GuideSummary entry : entries) {
            summaryRow(table, entry, "editor-entry-link");
        }
        wrap.add(table);
        return wrap;
    }

    private void createEntry() {
        String id = newId.getValue().strip();
        try {
            GuideSummary source = startFrom.getValue();
            String key = (source == null ? content.create(kind, id, "", "")
                    : content.createFrom(kind, id, source.id())).guideId();
            getUI().ifPresent(ui -> ui.navigate(EntryRoutes.editor(key)));
        } catch (ContentException e) {
            problem(e);
        }
    }

    @Override
    public String getPageTitle() {
        return t(k("heading")) + " — Passerelle";
    }
}
