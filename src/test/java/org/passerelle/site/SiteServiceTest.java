package org.passerelle.site;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.passerelle.site.SiteException.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Sites and desks through the service, on the migrated database. Same configuration as the handoff and admin tests,
 * so they share one Spring context; nothing is rolled back, so each test makes sites of its own.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
@RecordApplicationEvents
class SiteServiceTest {

    static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    @Autowired
    SiteService sites;

    @Autowired
    ApplicationEvents events;

    static SiteForm form(String name, String zone, String mondayHours) {
        WeeklyHours hours = WeeklyHours.parse(Map.of(MONDAY, mondayHours));
        return new SiteForm(name, "1 Main Street", zone, Province.NS, Set.of(Language.FR), hours, hours, List.of(),
                "Call 311", "Composez le 311");
    }

    static String unique() {
        return "Site " + UUID.randomUUID().toString().substring(0, 8);
    }

    static Instant toronto(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(TORONTO).toInstant();
    }

    @Test
    void a_new_installation_has_one_default_site_staffed_on_weekdays_with_a_local_and_a_remote_desk() {
        SiteInfo site = sites.defaultSite();

        assertThat(site.zone()).isEqualTo(TORONTO);
        assertThat(site.province()).isEqualTo(Province.ON);
        assertThat(site.staffLanguages()).containsExactlyInAnyOrder(Language.EN, Language.FR);
        assertThat(sites.staffed(site.id(), toronto("2026-11-25T10:00"))).isTrue();
        assertThat(sites.open(site.id(), toronto("2026-11-25T10:00"))).isTrue();
        assertThat(sites.staffed(site.id(), toronto("2026-11-28T10:00"))).as("Saturday").isFalse();
        assertThat(sites.staffedUntil(site.id(), toronto("2026-11-25T10:00"))).contains(toronto("2026-11-25T17:00"));
        assertThat(sites.nextStaffed(site.id(), toronto("2026-11-28T10:00")))
                .hasValueSatisfying(t -> assertThat(t.toLocalDateTime()).isEqualTo("2026-11-30T09:00"));
        assertThat(sites.otherWays(site.id(), Language.EN)).isEqualTo("Ask at the front counter.");
        assertThat(sites.otherWays(site.id(), Language.FR)).isEqualTo("Demandez au comptoir d'accueil.");
        assertThat(sites.desksCovering(site.id())).extracting(DeskInfo::kind).contains(DeskKind.LOCAL, DeskKind.REMOTE);
        assertThat(sites.desks()).anyMatch(d -> d.kind() == DeskKind.REMOTE && d.coversAll());
    }

    @Test
    void an_unknown_site_is_never_open_or_staffed() {
        assertThat(sites.site(987_654)).isEmpty();
        assertThat(sites.staffed(987_654, toronto("2026-11-25T10:00"))).isFalse();
        assertThat(sites.nextStaffed(987_654, toronto("2026-11-25T10:00"))).isEmpty();
        assertThat(sites.otherWays(987_654, Language.EN)).isEmpty();
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void a_site_is_created_in_its_own_time_zone_and_a_change_of_hours_is_seen_at_once() {
        SiteDetails created = sites.createSite(form(unique(), "America/Halifax", "09:00-17:00"));
        long id = created.info().id();
        Instant mondayEightHalifax = LocalDateTime.parse("2026-11-30T08:00").atZone(ZoneId.of("America/Halifax")).toInstant();

        assertThat(sites.staffed(id, mondayEightHalifax)).isFalse();
        assertThat(sites.otherWays(id, Language.FR)).isEqualTo("Composez le 311");

        SiteForm earlier = form(created.info().name(), "America/Halifax", "07:30-17:00");
        SiteDetails updated = sites.updateSite(id, created.info().version(), earlier);

        assertThat(updated.info().version()).isGreaterThan(created.info().version());
        assertThat(sites.staffed(id, mondayEightHalifax)).isTrue();
        assertThat(sites.details(id)).hasValueSatisfying(d -> assertThat(d.staffed().format(MONDAY)).isEqualTo("07:30-17:00"));
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void closures_are_kept_with_their_reasons_and_close_the_site_that_day() {
        LocalDate monday = LocalDate.parse("2026-11-30");
        SiteForm f = form(unique(), "America/Toronto", "09:00-17:00");
        SiteForm closed = new SiteForm(f.name(), f.address(), f.zone(), f.province(), f.staffLanguages(), f.opening(),
                f.staffed(), List.of(new Closure(monday, "Staff training", "Formation du personnel")), f.otherWaysEn(),
                f.otherWaysFr());
        long id = sites.createSite(closed).info().id();

        assertThat(sites.staffed(id, toronto("2026-11-30T10:00"))).isFalse();
        assertThat(sites.nextStaffed(id, toronto("2026-11-30T10:00")))
                .hasValueSatisfying(t -> assertThat(t.toLocalDate()).isEqualTo("2026-12-07"));
        assertThat(sites.details(id).orElseThrow().closures()).containsExactly(
                new Closure(monday, "Staff training", "Formation du personnel"));
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void two_administrators_editing_one_site_the_second_is_told_and_the_first_edit_stands() {
        SiteDetails opened = sites.createSite(form(unique(), "America/Toronto", "09:00-17:00"));
        long id = opened.info().id();
        long version = opened.info().version();

        sites.updateSite(id, version, form(opened.info().name(), "America/Toronto", "10:00-18:00"));

        assertRefused(Problem.CHANGED_BY_SOMEONE_ELSE,
                () -> sites.updateSite(id, version, form(opened.info().name(), "America/Toronto", "08:00-12:00")));
        assertThat(sites.details(id).orElseThrow().staffed().format(MONDAY)).isEqualTo("10:00-18:00");
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void bad_sites_are_refused_with_a_reason() {
        assertRefused(Problem.UNKNOWN_ZONE, () -> sites.createSite(form(unique(), "America/Atlantis", "")));
        assertRefused(Problem.UNKNOWN_ZONE, () -> sites.createSite(form(unique(), "-05:00", "")));
        assertRefused(Problem.INVALID_NAME, () -> sites.createSite(form(" ", "America/Toronto", "")));
        SiteForm f = form(unique(), "America/Toronto", "");
        assertRefused(Problem.OTHER_WAYS_TOO_LONG, () -> sites.createSite(new SiteForm(f.name(), f.address(), f.zone(),
                f.province(), f.staffLanguages(), f.opening(), f.staffed(), f.closures(), "x".repeat(501), "y")));
        assertRefused(Problem.NO_STAFF_LANGUAGE, () -> sites.createSite(new SiteForm(f.name(), f.address(), f.zone(),
                f.province(), Set.of(), f.opening(), f.staffed(), f.closures(), "x", "y")));
        LocalDate day = LocalDate.parse("2026-12-25");
        assertRefused(Problem.INVALID_CLOSURE, () -> sites.createSite(new SiteForm(f.name(), f.address(), f.zone(),
                f.province(), f.staffLanguages(), f.opening(), f.staffed(),
                List.of(new Closure(day, null, null), new Closure(day, "Christmas", null)), "x", "y")));
        assertThat(sites.sites()).noneMatch(s -> s.name().equals(f.name()));
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void markup_in_the_other_ways_is_kept_as_plain_text() {
        SiteForm f = form(unique(), "America/Toronto", "");
        long id = sites.createSite(new SiteForm(f.name(), f.address(), f.zone(), f.province(), f.staffLanguages(),
                f.opening(), f.staffed(), f.closures(), "<b>Call</b> 311", "Composez le 311")).info().id();

        assertThat(sites.otherWays(id, Language.EN)).isEqualTo("<b>Call</b> 311");
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void desks_cover_one_site_locally_or_several_remotely() {
        long a = sites.createSite(form(unique(), "America/Toronto", "")).info().id();
        long b = sites.createSite(form(unique(), "America/Toronto", "")).info().id();

        DeskInfo local = sites.createDesk(new DeskForm("Team A", DeskKind.LOCAL, false, Set.of(a)));
        DeskInfo remote = sites.createDesk(new DeskForm("Contact centre", DeskKind.REMOTE, false, Set.of(a, b)));

        assertThat(sites.desksCovering(b)).extracting(DeskInfo::id).contains(remote.id()).doesNotContain(local.id());
        assertThat(sites.desksCovering(b)).as("the remote desk of a new installation covers new sites too")
                .anyMatch(d -> d.kind() == DeskKind.REMOTE && d.coversAll());
        assertThat(sites.desksCovering(a)).extracting(DeskInfo::id).contains(local.id(), remote.id());
        assertRefused(Problem.LOCAL_DESK_NEEDS_ONE_SITE,
                () -> sites.createDesk(new DeskForm("Two sites", DeskKind.LOCAL, false, Set.of(a, b))));
        assertRefused(Problem.REMOTE_DESK_NEEDS_SITES,
                () -> sites.createDesk(new DeskForm("Nobody", DeskKind.REMOTE, false, Set.of())));
        assertRefused(Problem.UNKNOWN_SITE,
                () -> sites.createDesk(new DeskForm("Ghost", DeskKind.LOCAL, false, Set.of(987_654L))));
        assertRefused(Problem.CHANGED_BY_SOMEONE_ELSE, () -> {
            sites.updateDesk(remote.id(), remote.version(), new DeskForm("Contact centre", DeskKind.REMOTE, true, Set.of()));
            sites.updateDesk(remote.id(), remote.version(), new DeskForm("Old", DeskKind.REMOTE, false, Set.of(a)));
        });
        assertThat(sites.desk(remote.id()).orElseThrow().coversAll()).isTrue();
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void a_site_without_kiosks_is_deleted_and_leaves_the_remote_desks_that_covered_it() {
        long a = sites.createSite(form(unique(), "America/Toronto", "")).info().id();
        long b = sites.createSite(form(unique(), "America/Toronto", "")).info().id();
        DeskInfo remote = sites.createDesk(new DeskForm("Two sites", DeskKind.REMOTE, false, Set.of(a, b)));
        DeskInfo local = sites.createDesk(new DeskForm("Team B", DeskKind.LOCAL, false, Set.of(b)));

        sites.deleteSite(a, sites.site(a).orElseThrow().version());

        assertThat(sites.site(a)).isEmpty();
        assertThat(sites.desk(remote.id()).orElseThrow().siteIds()).containsExactly(b);
        assertRefused(Problem.SITE_HAS_LOCAL_DESK, () -> sites.deleteSite(b, sites.site(b).orElseThrow().version()));
        sites.deleteDesk(local.id(), local.version());
        SiteInfo def = sites.defaultSite();
        assertRefused(Problem.DEFAULT_SITE, () -> sites.deleteSite(def.id(), def.version()));
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void every_change_to_a_site_or_a_desk_is_announced() {
        long id = sites.createSite(form(unique(), "America/Toronto", "")).info().id();
        DeskInfo desk = sites.createDesk(new DeskForm("Team " + id, DeskKind.LOCAL, false, Set.of(id)));
        sites.deleteDesk(desk.id(), desk.version());

        assertThat(events.stream(SitesChanged.class)).containsExactly(new SitesChanged(SitesChanged.Subject.SITE, id),
                new SitesChanged(SitesChanged.Subject.DESK, desk.id()), new SitesChanged(SitesChanged.Subject.DESK, desk.id()));
    }

    @Test
    @WithMockUser(username = "alex", roles = Roles.AGENT)
    void only_administrators_change_sites_and_desks() {
        assertThatThrownBy(() -> sites.createSite(form(unique(), "America/Toronto", ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sites.createDesk(new DeskForm("x", DeskKind.REMOTE, true, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sites.sites()).isNotEmpty();
    }

    @Test
    void hours_typed_for_a_weekend_day_are_named_in_the_refusal() {
        assertThatExceptionOfType(SiteException.class)
                .isThrownBy(() -> WeeklyHours.parse(Map.<DayOfWeek, String>of(SATURDAY, "10:00-09:00")))
                .satisfies(e -> assertThat(e.day()).isEqualTo(SATURDAY));
    }

    static void assertRefused(Problem problem, ThrowingCallable action) {
        assertThatExceptionOfType(SiteException.class).isThrownBy(action)
                .extracting(SiteException::problem).isEqualTo(problem);
    }
}
