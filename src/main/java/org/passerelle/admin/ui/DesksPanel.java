package org.passerelle.admin.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passerelle.site.DeskForm;
import org.passerelle.site.DeskInfo;
import org.passerelle.site.DeskKind;
import org.passerelle.site.SiteException;
import org.passerelle.site.SiteInfo;
import org.passerelle.site.SiteService;

/**
 * Desks (teams) in {@code /admin}: a local desk is one site's team, a remote desk serves several sites or all. A
 * refused save leaves the form as typed and says why; so does an edit that lost a race with another administrator.
 * What others change arrives through {@link #refresh()}: the lists are read again, an open form keeps what was typed,
 * and the administrator is told at once when the desk they are editing was saved or deleted meanwhile.
 */
class DesksPanel extends Composite<Section> {

    private final SiteService sites;
    private final Grid<DeskInfo> grid = new Grid<>(DeskInfo.class, false);
    private final TextField name = new TextField();
    private final RadioButtonGroup<DeskKind> kind = new RadioButtonGroup<>();
    private final Checkbox coversAll = new Checkbox();
    private final CheckboxGroup<SiteInfo> covered = new CheckboxGroup<>();
    private final Button delete = new Button();
    private final Paragraph changedNotice = new Paragraph();
    private Map<Long, String> siteNames = Map.of();

    /** The desk being edited, as it was when opened (its version); null for a new desk. */
    private @Nullable DeskInfo editing;

    DesksPanel(SiteService sites) {
        this.sites = sites;
    }

    @Override
    protected Section initContent() {
        Section section = new Section();
        section.addClassName("desks-panel");
        grid.addColumn(DeskInfo::name).setHeader(t("admin.desk.name")).setAutoWidth(true);
        grid.addColumn(d -> t("admin.desk.kind." + d.kind().name().toLowerCase(Locale.ROOT))).setHeader(t("admin.desk.kind"))
                .setAutoWidth(true);
        grid.addColumn(this::coverage).setHeader(t("admin.desk.coverage"));
        grid.setAllRowsVisible(true);
        grid.addClassName("desks");
        grid.addItemClickListener(e -> sites.desk(e.getItem().id()).ifPresent(this::open));

        name.setLabel(t("admin.desk.name"));
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        kind.setLabel(t("admin.desk.kind"));
        kind.setItems(DeskKind.values());
        kind.setItemLabelGenerator(k -> t("admin.desk.kind." + k.name().toLowerCase(Locale.ROOT)));
        kind.addValueChangeListener(e -> coversAll.setEnabled(e.getValue() == DeskKind.REMOTE));
        coversAll.setLabel(t("admin.desk.coversAll"));
        coversAll.addValueChangeListener(e -> covered.setEnabled(!e.getValue()));
        covered.setLabel(t("admin.desk.sites"));
        covered.setItemLabelGenerator(SiteInfo::name);

        Button newDesk = new Button(t("admin.desk.new"), e -> open(null));
        newDesk.addClassName("new-desk");
        Button save = new Button(t("admin.desk.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-desk");
        delete.setText(t("admin.desk.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClassName("delete-desk");
        delete.addClickListener(e -> deleteDesk());
        Div form = new Div(name, kind, coversAll, covered);
        form.addClassName("agent-send-guide");
        changedNotice.addClassName("desk-changed-notice");
        changedNotice.getElement().setAttribute("role", "alert");
        changedNotice.setVisible(false);
        name.setManualValidation(true);
        section.add(new H2(t("admin.desks")), new Paragraph(t("admin.desks.help")), grid, newDesk, form, changedNotice,
                new Div(save, delete));
        refresh();
        open(null);
        return section;
    }

    private String coverage(DeskInfo desk) {
        if (desk.coversAll()) {
            return t("admin.desk.allSites");
        }
        return desk.siteIds().stream().map(id -> siteNames.getOrDefault(id, "#" + id)).sorted()
                .collect(Collectors.joining(", "));
    }

    private void open(@Nullable DeskInfo desk) {
        editing = desk;
        showChanged(null);
        name.setInvalid(false);
        name.setValue(desk == null ? "" : desk.name());
        kind.setValue(desk == null ? DeskKind.LOCAL : desk.kind());
        coversAll.setValue(desk != null && desk.coversAll());
        coversAll.setEnabled(kind.getValue() == DeskKind.REMOTE);
        covered.setValue(desk == null ? Set.of()
                : covered.getListDataView().getItems().filter(s -> desk.siteIds().contains(s.id())).collect(Collectors.toSet()));
        delete.setEnabled(desk != null);
    }

    private void save() {
        DeskKind k = Objects.requireNonNullElse(kind.getValue(), DeskKind.LOCAL);
        boolean all = k == DeskKind.REMOTE && coversAll.getValue();
        Set<Long> ids = all ? Set.of() : covered.getValue().stream().map(SiteInfo::id).collect(Collectors.toSet());
        DeskForm form = new DeskForm(name.getValue(), k, all, ids);
        name.setInvalid(false);
        try {
            DeskInfo saved = editing == null ? sites.createDesk(form) : sites.updateDesk(editing.id(), editing.version(), form);
            Confirmation.show(t("admin.saved"));
            refresh();
            open(saved);
        } catch (SiteException e) {
            refused(e);
        }
    }

    private void deleteDesk() {
        DeskInfo desk = editing;
        if (desk == null) {
            return;
        }
        try {
            sites.deleteDesk(desk.id(), desk.version());
            Confirmation.show(t("admin.desk.deleted"));
            refresh();
            open(null);
        } catch (SiteException e) {
            refused(e);
        }
    }

    private void refused(SiteException e) {
        String message = SiteProblems.message(this, getLocale(), e, f -> name.getLabel());
        if (e.field() == SiteException.Field.NAME) {
            name.setErrorMessage(message);
            name.setInvalid(true);
        }
        error(message);
    }

    /** Reads the desks and the sites they can cover again (after a site is added or deleted, say). */
    void refresh() {
        List<SiteInfo> all = sites.sites();
        siteNames = all.stream().collect(Collectors.toMap(SiteInfo::id, SiteInfo::name));
        Set<Long> chosen = covered.getValue().stream().map(SiteInfo::id).collect(Collectors.toSet());
        Map<Long, SiteInfo> byId = all.stream().collect(Collectors.toMap(SiteInfo::id, Function.identity()));
        covered.setItems(all);
        covered.setValue(chosen.stream().map(byId::get).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<DeskInfo> desks = sites.desks();
        grid.setItems(desks);
        DeskInfo desk = editing;
        if (desk != null) {
            Optional<DeskInfo> now = desks.stream().filter(d -> d.id() == desk.id()).findFirst();
            if (now.isEmpty()) {
                showChanged("admin.desk.changed.deleted");
            } else if (now.get().version() != desk.version()) {
                showChanged("admin.desk.changed.saved");
            }
        }
    }

    /** Tells the administrator their open desk changed elsewhere ({@code key}), or hides the notice (null). */
    private void showChanged(@Nullable String key) {
        changedNotice.setText(key == null ? "" : t(key));
        changedNotice.setVisible(key != null);
    }

    private void error(String message) {
        Notification note = Notification.show(message, 8000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
