package org.passerelle.site;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/** A site; its fields are checked by {@link SiteService} before they get here. */
@Entity
@Table(name = "site")
class Site {

    /** Which week a row of hours belongs to. */
    enum HoursKind {
        OPEN, STAFFED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String address;

    @Column(nullable = false)
    private String zone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Province province;

    @Column(name = "staff_en", nullable = false)
    private boolean staffEn;

    @Column(name = "staff_fr", nullable = false)
    private boolean staffFr;

    @Column(name = "other_ways_en", nullable = false)
    private String otherWaysEn;

    @Column(name = "other_ways_fr", nullable = false)
    private String otherWaysFr;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    @Version
    @Column(nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "site_hours", joinColumns = @JoinColumn(name = "site_id"))
    private List<HoursRow> hours = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "site_closure", joinColumns = @JoinColumn(name = "site_id"))
    private List<ClosureRow> closures = new ArrayList<>();

    @SuppressWarnings("NullAway.Init")
    protected Site() {
    }

    Site(SiteForm form) {
        apply(form);
    }

    /** Replaces everything with {@code form}, already checked. */
    void apply(SiteForm form) {
        name = form.name().strip();
        address = form.address().strip();
        zone = form.zone().strip();
        province = form.province();
        staffEn = form.staffLanguages().contains(Language.EN);
        staffFr = form.staffLanguages().contains(Language.FR);
        otherWaysEn = form.otherWaysEn().strip();
        otherWaysFr = form.otherWaysFr().strip();
        hours.clear();
        addRows(HoursKind.OPEN, form.opening());
        addRows(HoursKind.STAFFED, form.staffed());
        closures.clear();
        for (Closure c : form.closures()) {
            closures.add(new ClosureRow(c.date(), blankToNull(c.reasonEn()), blankToNull(c.reasonFr())));
        }
    }

    private void addRows(HoursKind kind, WeeklyHours week) {
        week.days().forEach((day, ranges) -> ranges.forEach(
                r -> hours.add(new HoursRow(kind, day.getValue(), r.startMinute(), r.endMinute()))));
    }

    long id() {
        return java.util.Objects.requireNonNull(id, "a site has an id once saved");
    }

    long version() {
        return version;
    }

    boolean isDefault() {
        return isDefault;
    }

    SiteInfo info() {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        if (staffEn) {
            languages.add(Language.EN);
        }
        if (staffFr) {
            languages.add(Language.FR);
        }
        return new SiteInfo(id(), name, address, ZoneId.of(zone), province, languages, version);
    }

    WeeklyHours week(HoursKind kind) {
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        for (HoursRow row : hours) {
            if (row.kind == kind) {
                days.computeIfAbsent(DayOfWeek.of(row.dayOfWeek), d -> new ArrayList<>())
                        .add(new TimeRange(row.startMinute, row.endMinute));
            }
        }
        return new WeeklyHours(days);
    }

    SiteDetails details() {
        List<Closure> list = closures.stream().map(c -> new Closure(c.closedOn, c.reasonEn, c.reasonFr))
                .sorted(java.util.Comparator.comparing(Closure::date)).toList();
        return new SiteDetails(info(), isDefault, week(HoursKind.OPEN), week(HoursKind.STAFFED), list, otherWaysEn,
                otherWaysFr);
    }

    Schedule schedule() {
        Set<LocalDate> dates = new java.util.HashSet<>();
        closures.forEach(c -> dates.add(c.closedOn));
        return new Schedule(ZoneId.of(zone), week(HoursKind.OPEN), week(HoursKind.STAFFED), dates);
    }

    String otherWays(Language language) {
        return language == Language.FR ? otherWaysFr : otherWaysEn;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** One period of one weekday ({@code day_of_week}: 1 = Monday … 7 = Sunday, as {@link DayOfWeek}). */
    @Embeddable
    static class HoursRow {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        HoursKind kind;

        @Column(name = "day_of_week", nullable = false)
        int dayOfWeek;

        @Column(name = "start_minute", nullable = false)
        int startMinute;

        @Column(name = "end_minute", nullable = false)
        int endMinute;

        @SuppressWarnings("NullAway.Init")
        protected HoursRow() {
        }

        HoursRow(HoursKind kind, int dayOfWeek, int startMinute, int endMinute) {
            this.kind = kind;
            this.dayOfWeek = dayOfWeek;
            this.startMinute = startMinute;
            this.endMinute = endMinute;
        }
    }

    @Embeddable
    static class ClosureRow {

        @Column(name = "closed_on", nullable = false)
        LocalDate closedOn;

        @Column(name = "reason_en")
        @Nullable String reasonEn;

        @Column(name = "reason_fr")
        @Nullable String reasonFr;

        @SuppressWarnings("NullAway.Init")
        protected ClosureRow() {
        }

        ClosureRow(LocalDate closedOn, @Nullable String reasonEn, @Nullable String reasonFr) {
            this.closedOn = closedOn;
            this.reasonEn = reasonEn;
            this.reasonFr = reasonFr;
        }
    }
}
