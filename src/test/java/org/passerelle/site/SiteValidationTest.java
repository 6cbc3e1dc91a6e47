package org.passerelle.site;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.passerelle.site.SiteException.Field;
import org.passerelle.site.SiteException.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The bad input, through the service: what the form cannot check alone (hours against each other, texts,
 * sizes, what still depends on a site) is refused here whatever screen or caller sends it. Same configuration as
 * SiteServiceTest, so they share one Spring context.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
@WithMockUser(username = "root-admin", roles = Roles.ADMIN)
class SiteValidationTest {

    @Autowired
    SiteService sites;

    static String unique() {
        return "Site " + UUID.randomUUID().toString().substring(0, 8);
    }

    static SiteForm form(String name, WeeklyHours opening, WeeklyHours staffed) {
        return new SiteForm(name, "1 Main Street", "America/Toronto", Province.ON, Set.of(Language.EN, Language.FR),
                opening, staffed, List.of(), "Call 311", "Composez le 311");
    }

    static SiteForm texts(String name, String address, String otherWaysEn, List<Closure> closures) {
        WeeklyHours hours = WeeklyHours.parse(Map.of(MONDAY, "09:00-17:00"));
        return new SiteForm(name, address, "America/Toronto", Province.ON, Set.of(Language.EN), hours, hours, closures,
                otherWaysEn, "Composez le 311");
    }

    static SiteException refused(ThrowingCallable action) {
        SiteException e = catchThrowableOfType(SiteException.class, action);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @Test
    void staffed_hours_outside_the_opening_hours_are_refused_and_nothing_is_saved() {
        String name = unique();
        WeeklyHours opening = WeeklyHours.parse(Map.of(MONDAY, "09:00-17:00", TUESDAY, "09:00-17:00"));
        WeeklyHours staffed = WeeklyHours.parse(Map.of(MONDAY, "09:00-17:00", TUESDAY, "08:00-10:00"));

        SiteException e = refused(() -> sites.createSite(form(name, opening, staffed)));

        assertThat(e.problem()).isEqualTo(Problem.STAFFED_OUTSIDE_OPENING);
        assertThat(e.day()).isEqualTo(TUESDAY);
        assertThat(e.details()).containsExactly("08:00–10:00", "09:00–17:00");
        assertThat(sites.sites()).noneMatch(s -> s.name().equals(name));

        SiteDetails ok = sites.createSite(form(name, opening, opening));
        assertThat(refused(() -> sites.updateSite(ok.info().id(), ok.info().version(), form(name, WeeklyHours.NONE,
                opening))).problem()).isEqualTo(Problem.STAFFED_WHEN_CLOSED);
    }

    @Test
    void markup_is_kept_as_text_but_control_characters_are_refused_naming_the_field() {
        String markup = "<script>alert('x')</script> " + UUID.randomUUID().toString().substring(0, 8);
        SiteDetails kept = sites.createSite(texts(markup, "<b>1</b> Main", "<i>Call</i> 311\nor ask inside", List.of()));
        assertThat(kept.info().name()).isEqualTo(markup);
        assertThat(kept.info().address()).isEqualTo("<b>1</b> Main");
        assertThat(sites.otherWays(kept.info().id(), Language.EN)).isEqualTo("<i>Call</i> 311\nor ask inside");

        assertThat(refused(() -> sites.createSite(texts("Branch\u0000", "", "Call", List.of()))).field())
                .isEqualTo(Field.NAME);
        assertThat(refused(() -> sites.createSite(texts(unique(), "1\tMain", "Call", List.of()))).field())
                .isEqualTo(Field.ADDRESS);
        SiteException otherWays = refused(() -> sites.createSite(texts(unique(), "", "Call \u001b[2J 311", List.of())));
        assertThat(otherWays.problem()).isEqualTo(Problem.CONTROL_CHARACTERS);
        assertThat(otherWays.field()).isEqualTo(Field.OTHER_WAYS_EN);
        assertThat(refused(() -> sites.createSite(texts(unique(), "", "Call",
                List.of(new Closure(LocalDate.parse("2026-12-25"), "Noël\u0000", null))))).problem())
                .isEqualTo(Problem.CONTROL_CHARACTERS);
        assertThat(refused(() -> sites.createDesk(new DeskForm("Desk\u202E", DeskKind.REMOTE, true, Set.of()))).field())
                .isEqualTo(Field.NAME);
    }

    @Test
    void huge_inputs_are_refused_with_the_limit_not_cut_or_stored() {
        assertThat(refused(() -> sites.createSite(texts("n".repeat(101), "", "Call", List.of()))).problem())
                .isEqualTo(Problem.INVALID_NAME);
        assertThat(refused(() -> sites.createSite(texts(unique(), "a".repeat(201), "Call", List.of()))).problem())
                .isEqualTo(Problem.ADDRESS_TOO_LONG);
        assertThat(refused(() -> sites.createSite(texts(unique(), "", "w".repeat(501), List.of()))).problem())
                .isEqualTo(Problem.OTHER_WAYS_TOO_LONG);
        assertThat(refused(() -> sites.createSite(texts(unique(), "", "Call",
                List.of(new Closure(LocalDate.parse("2026-12-25"), "r".repeat(201), null))))).problem())
                .isEqualTo(Problem.CLOSURE_REASON_TOO_LONG);
        List<Closure> tooMany = new ArrayList<>();
        for (int i = 0; i <= Closure.MAX; i++) {
            tooMany.add(new Closure(LocalDate.parse("2026-01-01").plusDays(i), null, null));
        }
        assertThat(refused(() -> sites.createSite(texts(unique(), "", "Call", tooMany))).problem())
                .isEqualTo(Problem.TOO_MANY_CLOSURES);
        assertThat(refused(() -> sites.createDesk(new DeskForm("d".repeat(101), DeskKind.REMOTE, true, Set.of())))
                .problem()).isEqualTo(Problem.INVALID_NAME);
    }

    @Test
    void a_site_still_served_by_a_local_desk_or_the_only_site_of_a_remote_desk_is_not_deleted_and_the_desk_is_named() {
        SiteDetails site = sites.createSite(texts(unique(), "", "Call", List.of()));
        long id = site.info().id();
        String remoteName = "Only remote " + id;
        DeskInfo remote = sites.createDesk(new DeskForm(remoteName, DeskKind.REMOTE, false, Set.of(id)));

        SiteException onlySite = refused(() -> sites.deleteSite(id, site.info().version()));
        assertThat(onlySite.problem()).isEqualTo(Problem.SITE_IS_ONLY_SITE_OF_REMOTE_DESK);
        assertThat(onlySite.details()).containsExactly(remoteName);

        sites.deleteDesk(remote.id(), remote.version());
        DeskInfo local = sites.createDesk(new DeskForm("Team " + id, DeskKind.LOCAL, false, Set.of(id)));
        SiteException localDesk = refused(() -> sites.deleteSite(id, site.info().version()));
        assertThat(localDesk.problem()).isEqualTo(Problem.SITE_HAS_LOCAL_DESK);
        assertThat(localDesk.details()).containsExactly("Team " + id);

        sites.deleteDesk(local.id(), local.version());
        sites.deleteSite(id, site.info().version());
        assertThat(sites.site(id)).as("a site with no kiosks and no desks goes").isEmpty();
    }

    @Test
    void a_zone_must_be_a_region_with_its_own_rules_not_a_fixed_offset() {
        for (String zone : List.of("America/Atlantis", "-05:00", "UTC", "Etc/GMT+5", "america/toronto", "")) {
            SiteForm f = texts(unique(), "", "Call", List.of());
            assertThat(refused(() -> sites.createSite(new SiteForm(f.name(), "", zone, Province.ON, f.staffLanguages(),
                    f.opening(), f.staffed(), List.of(), "Call", "Appelez"))).problem()).as(zone)
                    .isEqualTo(Problem.UNKNOWN_ZONE);
        }
        SiteForm f = texts(unique(), "", "Call", List.of());
        assertThat(sites.createSite(new SiteForm(f.name(), "", " America/Regina ", Province.SK, f.staffLanguages(),
                f.opening(), f.staffed(), List.of(), "Call", "Appelez")).info().zone())
                .as("no daylight saving time, but a real region").isEqualTo(ZoneId.of("America/Regina"));
        assertThat(SiteService.zoneChoices()).startsWith("America/St_Johns").contains("America/Regina")
                .doesNotContain("UTC", "Etc/GMT+5");
    }

    @Test
    void deleting_a_site_another_administrator_saved_meanwhile_is_refused_and_the_site_stays() {
        SiteDetails opened = sites.createSite(texts(unique(), "", "Call", List.of()));
        sites.updateSite(opened.info().id(), opened.info().version(), opened.form());

        assertThat(refused(() -> sites.deleteSite(opened.info().id(), opened.info().version())).problem())
                .isEqualTo(Problem.CHANGED_BY_SOMEONE_ELSE);
        assertThat(sites.site(opened.info().id())).isPresent();
    }

    @Test
    void a_saved_site_in_vancouver_is_staffed_on_its_own_monday_evening_when_it_is_tuesday_in_utc() {
        WeeklyHours evening = WeeklyHours.parse(Map.of(MONDAY, "18:00-24:00"));
        SiteForm f = form(unique(), evening, evening);
        long id = sites.createSite(new SiteForm(f.name(), f.address(), "America/Vancouver", Province.BC,
                f.staffLanguages(), evening, evening, List.of(), f.otherWaysEn(), f.otherWaysFr())).info().id();
        Instant now = Clock.fixed(Instant.parse("2026-11-24T07:30:00Z"), ZoneOffset.UTC).instant();

        assertThat(sites.staffed(id, now)).isTrue();
        assertThat(sites.open(id, now)).isTrue();
        assertThat(sites.staffedUntil(id, now)).contains(Instant.parse("2026-11-24T08:00:00Z"));
        assertThat(sites.nextStaffed(id, Instant.parse("2026-11-24T08:00:00Z"))).hasValueSatisfying(t -> {
            assertThat(t.getZone()).isEqualTo(ZoneId.of("America/Vancouver"));
            assertThat(t.toLocalDateTime()).isEqualTo("2026-11-30T18:00");
        });
    }
}
