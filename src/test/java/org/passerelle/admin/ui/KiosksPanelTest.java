package org.passerelle.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.handoff.HandoffService;
import org.passerelle.kiosk.BrowserSession;
import org.passerelle.kiosk.EnrolledDevice;
import org.passerelle.kiosk.KioskFleet;
import org.passerelle.kiosk.KioskScreenKind;
import org.passerelle.kiosk.KioskStatus;
import org.passerelle.kiosk.KioskEnrolment;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.passerelle.security.SecurityAudit;
import org.passerelle.site.Province;
import org.passerelle.site.SiteForm;
import org.passerelle.site.SiteService;
import org.passerelle.site.WeeklyHours;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/** The kiosks part of /admin. Same configuration as AdminViewTest, so they share one Spring context. */
@SpringBootTest
@Import(MutableClock.Config.class)
class KiosksPanelTest extends SpringBrowserlessTest {

    private static final int SITE = 3;
    private static final int CONNECTION = 4;
    private static final int SCREEN = 5;
    private static final int LAST_SEEN = 6;
    private static final int ENROLMENT = 7;
    private static final int ACTIONS = 8;

    @Autowired
    KioskFleet fleet;

    @Autowired
    SiteService sites;

    @Autowired
    MutableClock clock;

    @Autowired
    HandoffService handoff;

    @Autowired
    KioskEnrolment enrolment;

    @Autowired
    SecurityAudit audit;

    private String kiosk() {
        String id = "panel-" + UUID.randomUUID();
        handoff.registerKiosk(id, "Kiosk " + id.substring(6, 12), "East branch");
        return id;
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<KioskStatus>, KioskStatus> grid() {
        return test($(Grid.class).withClassName("kiosks").single());
    }

    private int row(String kiosk) {
        GridTester<Grid<KioskStatus>, KioskStatus> grid = grid();
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).id().equals(kiosk)).findFirst().orElseThrow();
    }

    /** A button in the kiosk's row (the grid makes them when it shows the row). */
    private Button action(String kiosk, String className) {
        return grid().getCellComponent(row(kiosk), ACTIONS).getChildren().map(Button.class::cast)
                .filter(b -> b.hasClassName(className + kiosk)).findFirst().orElseThrow();
    }

    private Button button(String className) {
        return $(Button.class).withClassName(className).single();
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void an_administrator_gets_a_code_shown_once_that_enrols_the_kiosk_and_then_revokes_it() {
        String kiosk = kiosk();
        navigate(AdminView.class);
        assertThat(grid().getCellText(row(kiosk), ENROLMENT)).isEqualTo("Not enrolled.");
        assertThat(action(kiosk, "revoke-").isEnabled()).isFalse();

        test(action(kiosk, "issue-code-")).click();
        String code = $(Paragraph.class).withClassName("enrolment-code-shown").single().getText();
        assertThat(code).matches("[2-9A-Z]{5}-[2-9A-Z]{5}");
        assertThat(grid().getCellText(row(kiosk), ENROLMENT)).startsWith("Not enrolled. A code works until ");
        test(button("close-code")).click();
        assertThat($(Paragraph.class).withClassName("enrolment-code-shown").all()).as("shown once").isEmpty();

        EnrolledDevice device = enrolment.enrol(code, "192.0.2.10");
        // the administrator opens /admin again (a new screen; navigating to the open one keeps it as it was)
        UI.getCurrent().navigate("");
        navigate(AdminView.class);
        assertThat(grid().getCellText(row(kiosk), ENROLMENT)).startsWith("Enrolled on ");

        test(action(kiosk, "revoke-")).click();
        test(button("confirm-revoke")).click();

        assertThat(enrolment.kioskOf(device.deviceSecret(), false)).isEmpty();
        assertThat(grid().getCellText(row(kiosk), ENROLMENT)).startsWith("Revoked on ");
        assertThat(audit.actionsOf("root-admin")).contains(SecurityAudit.KIOSK_CODE_ISSUED, SecurityAudit.KIOSK_REVOKED);
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void the_kiosk_of_the_server_machine_says_it_is_trusted_there() {
        navigate(AdminView.class);

        assertThat(grid().getCellText(row("kiosk-1"), ENROLMENT)).contains("Trusted on the server’s own machine.");
    }

    /** A site whose doors are always open, so that a silent kiosk there is an alert whatever the shared clock says. */
    private long alwaysOpenSite() {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, "00:00-24:00");
        }
        WeeklyHours hours = WeeklyHours.parse(week);
        return sites.createSite(new SiteForm(TestSites.unique(), "", "America/Toronto", Province.ON, Set.of(Language.EN),
                hours, WeeklyHours.NONE, List.of(), "Ask at the desk", "Demandez au comptoir")).info().id();
    }

    private Span connection(String kiosk) {
        return (Span) grid().getCellComponent(row(kiosk), CONNECTION);
    }

    /** What the admin screen's timer does: the browser polls, the fleet is read again. */
    private void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void the_fleet_shows_each_kiosk_s_site_connection_and_kind_of_screen_and_marks_one_offline_during_opening_hours() {
        String kiosk = kiosk();
        handoff.placeKiosk(kiosk, alwaysOpenSite());
        fleet.seen(kiosk, new BrowserSession(UUID.randomUUID().toString(), clock.instant()), KioskScreenKind.GUIDE_STEP);
        navigate(AdminView.class);

        assertThat(grid().getCellText(row(kiosk), SITE)).startsWith("Branch ");
        assertThat(connection(kiosk).getText()).isEqualTo("Online");
        assertThat(grid().getCellText(row(kiosk), SCREEN)).isEqualTo("A guide step");
        assertThat(grid().getCellText(row(kiosk), LAST_SEEN)).isNotBlank().isNotEqualTo("Never");

        clock.advance(Duration.ofSeconds(91));
        poll();

        Span alert = connection(kiosk);
        assertThat(alert.getText()).startsWith("Offline during opening hours, since ");
        assertThat(alert.hasClassName("kiosk-alert-" + kiosk)).isTrue();
        assertThat(alert.getElement().getThemeList()).contains("badge", "error");
        assertThat($(Span.class).withClassName("fleet-alerts").single().getText())
                .matches("(1 kiosk is|\\d+ kiosks are) offline during (its|their) site’s opening hours");
        assertThat(grid().getCellText(row(kiosk), SCREEN)).as("the last kind of screen it showed").isEqualTo("A guide step");
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void the_fleet_speaks_french_to_a_french_speaking_administrator() {
        String kiosk = kiosk();
        handoff.placeKiosk(kiosk, alwaysOpenSite());
        fleet.seen(kiosk, new BrowserSession(UUID.randomUUID().toString(), clock.instant()), KioskScreenKind.HELP_WAITING);
        String quiet = kiosk();
        UI.getCurrent().setLocale(Locale.CANADA_FRENCH);
        navigate(AdminView.class);

        assertThat(connection(kiosk).getText()).isEqualTo("En ligne");
        assertThat(grid().getCellText(row(kiosk), SCREEN)).isEqualTo("Aide demandée, en attente");
        assertThat(connection(quiet).getText()).isEqualTo("Jamais vue");
        assertThat(grid().getCellText(row(quiet), LAST_SEEN)).isEqualTo("Jamais");

        clock.advance(Duration.ofSeconds(91));
        poll();

        assertThat(connection(kiosk).getText()).startsWith("Hors ligne pendant les heures d’ouverture, depuis le ");
        assertThat($(Span.class).withClassName("fleet-alerts").single().getText())
                .matches("(1 borne est|\\d+ bornes sont) hors ligne pendant les heures d’ouverture de (son|leur) site");
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void the_fleet_never_shows_what_is_on_a_kiosk_s_screen() {
        String kiosk = kiosk();
        fleet.seen(kiosk, new BrowserSession(UUID.randomUUID().toString(), clock.instant()), KioskScreenKind.CONVERSATION);
        navigate(AdminView.class);

        assertThat(grid().getCellText(row(kiosk), SCREEN)).isEqualTo("Questions to the assistant");
        assertThat(grid().getRow(row(kiosk)).screen()).isEqualTo(KioskScreenKind.CONVERSATION);
    }
}
