package org.passerelle.admin.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.HandoffException;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.KioskInfo;
import org.passerelle.knowledge.Language;
import org.passerelle.site.Closure;
import org.passerelle.site.Province;
import org.passerelle.site.SiteDetails;
import org.passerelle.site.SiteException;
import org.passerelle.site.SiteForm;
import org.passerelle.site.SiteInfo;
import org.passerelle.site.SiteService;
import org.passerelle.site.TimeRange;
import org.passerelle.site.WeeklyHours;

/**
 * Sites in {@code /admin}: the list, a bilingual form (hours typed one field per day, closures one per line, the
 * other ways to get help in English and French side by side) and the kiosks at the site. A refused save leaves the
 * form as typed and says what to fix, naming the day for hours; an edit that lost a race with another administrator
 * is refused the same way. Fires {@link SitesEdited} after each change, so the page can refresh what depends on sites.
 *
 * <p>What others change arrives through {@link #refresh()} (the page follows {@code AdminFeed}): the list is read
 * again, but an open form keeps what the administrator typed; if its site was saved or deleted meanwhile they are
 * told so at once, and a save would be refused ({@code CHANGED_BY_SOMEONE_ELSE}) rather than undo the other change.
 */
class SitesPanel extends Composite<Section> {

    /** A site was saved or deleted, or a kiosk moved. */
    static class SitesEdited extends ComponentEvent<SitesPanel> {
        SitesEdited(SitesPanel source) {
            super(source, false);
        }
    }

    private final SiteService sites;
    private final HandoffService handoff;

    private final Grid<SiteInfo> grid = new Grid<>(SiteInfo.class, false);
    private final TextField name = new TextField();
    private final TextField address = new TextField();
    private final ComboBox<String> zone = new ComboBox<>();
    private final Select<Province> province = new Select<>();
    private final CheckboxGroup<Language> staffLanguages = new CheckboxGroup<>();
    private final Map<DayOfWeek, TextField> opening = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, TextField> staffed = new EnumMap<>(DayOfWeek.class);
    private final TextArea closures = new TextArea();
    private final TextArea otherWaysEn = new TextArea();
    private final TextArea otherWaysFr = new TextArea();
    private final Paragraph defaultNote = new Paragraph();
    private final Button delete = new Button();
    private final UnorderedList kioskList = new UnorderedList();
    private final ComboBox<KioskInfo> kioskToMove = new ComboBox<>();
    private final Button moveHere = new Button();
    private final Paragraph changedNotice = new Paragraph();
    private final Button reload = new Button();

    /** Long enough for a day of many short periods; more is a paste gone wrong. */
    private static final int HOURS_MAX = 200;

    private Map<Long, Long> kioskCounts = Map.of();

    /** The site being edited, as it was when opened (its version); null for a new site. */
    private @Nullable SiteDetails editing;

    SitesPanel(SiteService sites, HandoffService handoff) {
        this.sites = sites;
        this.handoff = handoff;
    }

    @Override
    protected Section initContent() {
        Section section = new Section();
        section.addClassName("sites-panel");
        grid.addColumn(SiteInfo::name).setHeader(t("admin.site.name")).setAutoWidth(true);
        grid.addColumn(s -> t("site.province." + s.province().name().toLowerCase(Locale.ROOT)))
                .setHeader(t("admin.site.province")).setAutoWidth(true);
        grid.addColumn(s -> s.zone().getId()).setHeader(t("admin.site.zone")).setAutoWidth(true);
        grid.addColumn(s -> {
            long n = kioskCounts.getOrDefault(s.id(), 0L);
            return n == 0 ? t("admin.site.noKiosks") : Long.toString(n);
        }).setHeader(t("admin.site.kioskCount"));
        grid.setAllRowsVisible(true);
        grid.addClassName("sites");
        grid.addItemClickListener(e -> sites.details(e.getItem().id()).ifPresent(this::open));

        name.setLabel(t("admin.site.name"));
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        name.addClassName("site-name");
        address.setLabel(t("admin.site.address"));
        address.setMaxLength(200);
        zone.setLabel(t("admin.site.zone"));
        zone.setItems(SiteService.zoneChoices());
        zone.setRequiredIndicatorVisible(true);
        zone.addClassName("site-zone");
        province.setLabel(t("admin.site.province"));
        province.setItems(Province.values());
        province.addClassName("site-province");
        province.setItemLabelGenerator(p -> t("site.province." + p.name().toLowerCase(Locale.ROOT)));
        staffLanguages.setLabel(t("admin.site.staffLanguages"));
        staffLanguages.setItems(Language.values());
        staffLanguages.setItemLabelGenerator(l -> t("admin.site.language." + l.code()));

        Div hours = new Div();
        hours.addClassName("site-hours");
        for (DayOfWeek day : DayOfWeek.values()) {
            String dayName = dayName(day);
            TextField open = hoursField(t("admin.site.opening", dayName), "opening-" + day.name().toLowerCase(Locale.ROOT));
            TextField staff = hoursField(t("admin.site.staffed", dayName), "staffed-" + day.name().toLowerCase(Locale.ROOT));
            opening.put(day, open);
            staffed.put(day, staff);
            Div row = new Div(open, staff);
            row.addClassName("site-hours-day");
            hours.add(row);
        }
        closures.setLabel(t("admin.site.closures"));
        closures.setHelperText(t("admin.site.closures.help"));
        closures.setManualValidation(true);
        closures.setMaxLength(Closure.TEXT_MAX);
        closures.addClassName("site-closures");
        otherWaysEn.setLabel(t("admin.site.otherWaysEn"));
        otherWaysFr.setLabel(t("admin.site.otherWaysFr"));
        for (TextArea area : List.of(otherWaysEn, otherWaysFr)) {
            area.setMaxLength(SiteForm.OTHER_WAYS_MAX);
            area.setHelperText(t("admin.site.otherWays.help"));
        }
        otherWaysEn.getElement().setAttribute("lang", "en");
        otherWaysFr.getElement().setAttribute("lang", "fr");
        Div otherWays = new Div(otherWaysEn, otherWaysFr);
        otherWays.addClassName("side-by-side");

        Button newSite = new Button(t("admin.site.new"), e -> open(null));
        newSite.addClassName("new-site");
        Button save = new Button(t("admin.site.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-site");
        delete.setText(t("admin.site.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClassName("delete-site");
        delete.addClickListener(e -> deleteSite());

        kioskToMove.setLabel(t("admin.site.moveKiosk"));
        kioskToMove.setItemLabelGenerator(k -> k.name() + " (" + k.id() + ")");
        kioskToMove.addClassName("kiosk-to-move");
        moveHere.setText(t("admin.site.moveHere"));
        moveHere.addClassName("move-kiosk");
        moveHere.addClickListener(e -> moveKiosk());
        kioskList.addClassName("site-kiosks");
        changedNotice.addClassName("site-changed-notice");
        changedNotice.getElement().setAttribute("role", "alert");
        changedNotice.setVisible(false);
        reload.setText(t("admin.site.changed.reload"));
        reload.addClassName("reload-site");
        reload.setVisible(false);
        reload.addClickListener(e -> reopen());
        name.setManualValidation(true);
        address.setManualValidation(true);
        otherWaysEn.setManualValidation(true);
        otherWaysFr.setManualValidation(true);

        Div form = new Div(name, address, zone, province, staffLanguages, defaultNote);
        form.addClassName("agent-send-guide");
        section.add(new H2(t("admin.sites")), new Paragraph(t("admin.sites.help")), grid, newSite, form,
                new H3(t("admin.site.hours")), new Paragraph(t("admin.site.hours.help")), hours, closures, otherWays,
                new Div(changedNotice, reload), new Div(save, delete), new H3(t("admin.site.kiosks")), kioskList,
                new Div(kioskToMove, moveHere));
        open(null);
        refresh();
        return section;
    }

    private TextField hoursField(String label, String className) {
        TextField field = new TextField(label);
        field.setPlaceholder("09:00-17:00");
        field.setMaxLength(HOURS_MAX);
        field.setManualValidation(true);
        field.addClassName(className);
        return field;
    }

    /** Fills the form from {@code site}, or empties it for a new site. */
    private void open(@Nullable SiteDetails site) {
        editing = site;
        clearErrors();
        showChanged(null);
        SiteForm f = site == null ? null : site.form();
        name.setValue(f == null ? "" : f.name());
        address.setValue(f == null ? "" : f.address());
        zone.setValue(f == null ? sites.defaultSite().zone().getId() : f.zone());
        province.setValue(f == null ? sites.defaultSite().province() : f.province());
        staffLanguages.setValue(f == null ? Set.of(Language.EN, Language.FR) : f.staffLanguages());
        for (DayOfWeek day : DayOfWeek.values()) {
            opening.get(day).setValue(f == null ? "" : f.opening().format(day));
            staffed.get(day).setValue(f == null ? "" : f.staffed().format(day));
        }
        closures.setValue(f == null ? "" : Closure.formatLines(f.closures()));
        otherWaysEn.setValue(f == null ? "" : f.otherWaysEn());
        otherWaysFr.setValue(f == null ? "" : f.otherWaysFr());
        defaultNote.setText(site != null && site.isDefault() ? t("admin.site.isDefault") : "");
        delete.setEnabled(site != null && !site.isDefault());
        showKiosks();
    }

    private void save() {
        clearErrors();
        SiteForm form;
        try {
            WeeklyHours open = read(opening);
            WeeklyHours staff = read(staffed);
            List<Closure> closed = readClosures();
            form = new SiteForm(name.getValue(), address.getValue(), Objects.requireNonNullElse(zone.getValue(), ""),
                    Objects.requireNonNullElse(province.getValue(), Province.ON), staffLanguages.getValue(), open, staff,
                    closed, otherWaysEn.getValue(), otherWaysFr.getValue());
        } catch (SiteException e) {
            return; // the field is marked and the message shown; everything typed stays
        }
        try {
            SiteDetails saved = editing == null ? sites.createSite(form)
                    : sites.updateSite(editing.info().id(), editing.info().version(), form);
            Confirmation.show(t("admin.saved"));
            open(saved);
            edited();
        } catch (SiteException e) {
            refused(e);
        }
    }

    /** The week typed in {@code fields}; a day that cannot be read is marked and named. */
    private WeeklyHours read(Map<DayOfWeek, TextField> fields) {
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            TextField field = fields.get(day);
            try {
                days.put(day, TimeRange.parseDay(day, field.getValue()));
            } catch (SiteException e) {
                mark(field, message(e));
                refused(e);
                throw e;
            }
        }
        return new WeeklyHours(days);
    }

    private List<Closure> readClosures() {
        try {
            return Closure.parseLines(closures.getValue());
        } catch (SiteException e) {
            refused(e); // names the line; the field is marked, and nothing typed is lost
            throw e;
        }
    }

    private void deleteSite() {
        SiteDetails site = editing;
        if (site == null) {
            return;
        }
        try {
            sites.deleteSite(site.info().id(), site.info().version());
            Confirmation.show(t("admin.site.deleted"));
            open(null);
            edited();
        } catch (SiteException e) {
            refused(e);
        }
    }

    private void moveKiosk() {
        KioskInfo kiosk = kioskToMove.getValue();
        if (editing == null) {
            error(t("admin.site.saveFirst"));
            return;
        }
        if (kiosk == null) {
            return;
        }
        try {
            handoff.placeKiosk(kiosk.id(), editing.info().id());
            Confirmation.show(t("admin.saved"));
            edited();
        } catch (SiteException e) {
            refused(e);
        } catch (HandoffException e) {
            error(t("handoff.problem." + e.problem().name().toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * Lists the sites again, and the kiosks of the one being edited; the form keeps what was typed. If the site being
     * edited was saved or deleted by someone else since it was opened, says so.
     */
    void refresh() {
        kioskCounts = handoff.kiosks().values().stream()
                .collect(java.util.stream.Collectors.groupingBy(KioskInfo::siteId, java.util.stream.Collectors.counting()));
        List<SiteInfo> all = sites.sites();
        grid.setItems(all);
        SiteDetails site = editing;
        if (site != null) {
            Optional<SiteInfo> now = all.stream().filter(s -> s.id() == site.info().id()).findFirst();
            if (now.isEmpty()) {
                showChanged("admin.site.changed.deleted");
            } else if (now.get().version() != site.info().version()) {
                showChanged("admin.site.changed.saved");
            }
        }
        showKiosks();
    }

    /** Tells the administrator their open site changed elsewhere ({@code key}), or hides the notice (null). */
    private void showChanged(@Nullable String key) {
        changedNotice.setText(key == null ? "" : t(key));
        changedNotice.setVisible(key != null);
        reload.setVisible("admin.site.changed.saved".equals(key));
    }

    /** Opens the site as it is now, dropping what was typed: the administrator asked for it. */
    private void reopen() {
        SiteDetails site = editing;
        if (site != null) {
            sites.details(site.info().id()).ifPresentOrElse(this::open, () -> open(null));
        }
    }

    private void showKiosks() {
        kioskList.removeAll();
        List<KioskInfo> all = handoff.kiosks().values().stream().sorted(Comparator.comparing(KioskInfo::id)).toList();
        long siteId = editing == null ? -1 : editing.info().id();
        List<KioskInfo> here = all.stream().filter(k -> k.siteId() == siteId).toList();
        if (here.isEmpty()) {
            kioskList.add(new ListItem(t(editing == null ? "admin.site.saveFirst" : "admin.site.kiosks.none")));
        }
        here.forEach(k -> kioskList.add(new ListItem(k.name() + " (" + k.id() + ")")));
        kioskToMove.setItems(all.stream().filter(k -> k.siteId() != siteId).toList());
        kioskToMove.setEnabled(editing != null);
        moveHere.setEnabled(editing != null);
    }

    private void edited() {
        refresh();
        fireEvent(new SitesEdited(this));
    }

    Registration addSitesEditedListener(ComponentEventListener<SitesEdited> listener) {
        return addListener(SitesEdited.class, listener);
    }

    private void clearErrors() {
        opening.values().forEach(f -> f.setInvalid(false));
        staffed.values().forEach(f -> f.setInvalid(false));
        closures.setInvalid(false);
        name.setInvalid(false);
        address.setInvalid(false);
        otherWaysEn.setInvalid(false);
        otherWaysFr.setInvalid(false);
    }

    /** Says what is wrong, and marks the field it is in (the staffed hours of the day, for hours outside opening). */
    private void refused(SiteException e) {
        String message = message(e);
        DayOfWeek day = e.day();
        SiteException.Field field = e.field();
        if (day != null && (e.problem() == SiteException.Problem.STAFFED_OUTSIDE_OPENING
                || e.problem() == SiteException.Problem.STAFFED_WHEN_CLOSED)) {
            mark(staffed.get(day), message);
        } else if (field != null) {
            switch (field) {
                case NAME -> mark(name, message);
                case ADDRESS -> mark(address, message);
                case OTHER_WAYS_EN -> mark(otherWaysEn, message);
                case OTHER_WAYS_FR -> mark(otherWaysFr, message);
                case CLOSURES -> mark(closures, message);
            }
        }
        error(message);
    }

    private static void mark(HasValidationProperties field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private String message(SiteException e) {
        return SiteProblems.message(this, getLocale(), e, this::label);
    }

    private String label(SiteException.Field field) {
        return switch (field) {
            case NAME -> name.getLabel();
            case ADDRESS -> address.getLabel();
            case OTHER_WAYS_EN -> otherWaysEn.getLabel();
            case OTHER_WAYS_FR -> otherWaysFr.getLabel();
            case CLOSURES -> closures.getLabel();
        };
    }

    private String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, getLocale());
    }

    private void error(String message) {
        Notification note = Notification.show(message, 8000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
