package org.passerelle.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.KioskInfo;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.passerelle.site.DeskInfo;
import org.passerelle.site.DeskKind;
import org.passerelle.site.Province;
import org.passerelle.site.SiteDetails;
import org.passerelle.site.SiteForm;
import org.passerelle.site.SiteInfo;
import org.passerelle.site.SiteService;
import org.passerelle.site.WeeklyHours;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/** Sites and desks in /admin, without a browser. Same configuration as AdminViewTest, so they share one context. */
@SpringBootTest
@Import(MutableClock.Config.class)
@WithMockUser(username = "root-admin", roles = Roles.ADMIN)
class SitesPanelTest extends SpringBrowserlessTest {

    @Autowired
    SiteService sites;

    @Autowired
    HandoffService handoff;

    private TextField byClass(String className) {
        return $(TextField.class).withClassName(className).single();
    }

    private TextField field(String label) {
        return $(TextField.class).withCaption(label).single();
    }

    private void click(String className) {
        test($(Button.class).withClassName(className).single()).click();
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    private Optional<SiteInfo> siteNamed(String name) {
        return sites.sites().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private void fillNewSite(String name) {
        navigate(AdminView.class);
        click("new-site");
        test(field("Site name")).setValue(name);
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = $(ComboBox.class).withCaption("Time zone").single();
        zone.setValue("America/Halifax");
        @SuppressWarnings("unchecked")
        Select<Province> province = $(Select.class).withCaption("Province or territory").single();
        province.setValue(Province.NS);
        test(byClass("opening-monday")).setValue("08:30-12:00, 13:00-18:00");
        test(byClass("staffed-monday")).setValue("9:00-12:00, 13:00-17:00");
        test($(TextArea.class).withCaption("Other ways to get help (English)").single()).setValue("Call 902-555-0100");
        test($(TextArea.class).withCaption("Other ways to get help (French)").single()).setValue("Composez le 902-555-0100");
    }

    private static String unique() {
        return "Branch " + UUID.randomUUID().toString().substring(0, 8);
    }

    private SiteDetails createSite(String name) {
        WeeklyHours hours = WeeklyHours.parse(Map.of(DayOfWeek.MONDAY, "09:00-17:00"));
        return sites.createSite(new SiteForm(name, "", "America/Toronto", Province.ON, Set.of(Language.EN), hours, hours,
                List.of(), "Ask at the desk", "Demandez au comptoir"));
    }

    @Test
    void an_administrator_creates_a_site_with_its_hours_in_its_own_time_zone() {
        String name = unique();
        fillNewSite(name);
        test($(TextArea.class).withCaption("Closed dates").single()).setValue("2026-12-25 Christmas Day | Noël");
        click("save-site");

        SiteInfo site = siteNamed(name).orElseThrow();
        assertThat(site.zone()).isEqualTo(ZoneId.of("America/Halifax"));
        Instant mondayTenHalifax = LocalDateTime.parse("2026-11-30T10:00").atZone(site.zone()).toInstant();
        assertThat(sites.staffed(site.id(), mondayTenHalifax)).isTrue();
        assertThat(sites.staffed(site.id(), mondayTenHalifax.plusSeconds(2 * 3600 + 30 * 60))).as("12:30").isFalse();
        assertThat(sites.details(site.id()).orElseThrow().closures()).hasSize(1);
        assertThat(sites.otherWays(site.id(), Language.FR)).isEqualTo("Composez le 902-555-0100");
        @SuppressWarnings("unchecked")
        Grid<SiteInfo> grid = $(Grid.class).withClassName("sites").single();
        assertThat(grid.getGenericDataView().getItems()).anyMatch(s -> s.name().equals(name));
    }

    @Test
    void overlapping_hours_are_refused_naming_the_day_and_the_form_keeps_what_was_typed() {
        String name = unique();
        fillNewSite(name);
        test(byClass("staffed-wednesday")).setValue("09:00-12:00, 11:00-17:00");
        click("save-site");

        assertThat(lastNotification()).isEqualTo("On Wednesday, two periods overlap. Write each period once, for example "
                + "09:00-12:00, 13:00-17:00.");
        assertThat(byClass("staffed-wednesday").isInvalid()).isTrue();
        assertThat(field("Site name").getValue()).isEqualTo(name);
        assertThat(byClass("staffed-monday").getValue()).isEqualTo("9:00-12:00, 13:00-17:00");
        assertThat(siteNamed(name)).isEmpty();
    }

    @Test
    void in_french_inverted_hours_are_refused_naming_the_day_in_french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(AdminView.class);
        click("new-site");
        test(byClass("opening-friday")).setValue("17:00-09:00");
        click("save-site");

        assertThat(lastNotification()).isEqualTo("Le vendredi, une période finit avant de commencer. Écrivez d’abord le "
                + "début, par exemple 09:00-17:00.");
        assertThat(byClass("opening-friday").getLabel()).isEqualTo("Heures d’ouverture, vendredi");
    }

    @Test
    void the_second_of_two_administrators_editing_a_site_is_told_and_keeps_their_entries() {
        String name = unique();
        SiteDetails site = createSite(name);
        navigate(AdminView.class);
        @SuppressWarnings("unchecked")
        Grid<SiteInfo> grid = $(Grid.class).withClassName("sites").single();
        int row = grid.getGenericDataView().getItems().toList().indexOf(site.info());
        test(grid).clickRow(row);
        assertThat(field("Site name").getValue()).isEqualTo(name);

        // Meanwhile another administrator saves the same site.
        sites.updateSite(site.info().id(), site.info().version(), site.form());
        test(field("Site name")).setValue(name + " (renamed)");
        test(byClass("staffed-tuesday")).setValue("10:00-14:00");
        click("save-site");

        assertThat(lastNotification()).startsWith("Someone else saved this since you opened it. Nothing was changed");
        assertThat(field("Site name").getValue()).isEqualTo(name + " (renamed)");
        assertThat(byClass("staffed-tuesday").getValue()).isEqualTo("10:00-14:00");
        assertThat(sites.site(site.info().id()).orElseThrow().name()).isEqualTo(name);
    }

    @Test
    void a_kiosk_is_moved_to_a_site_which_then_cannot_be_deleted_until_it_is_empty() {
        String name = unique();
        SiteDetails site = createSite(name);
        String kioskId = "sites-" + UUID.randomUUID().toString().substring(0, 8);
        handoff.registerKiosk(kioskId, "Kiosk " + kioskId, "Entrance");
        navigate(AdminView.class);
        @SuppressWarnings("unchecked")
        Grid<SiteInfo> grid = $(Grid.class).withClassName("sites").single();
        test(grid).clickRow(grid.getGenericDataView().getItems().toList().indexOf(site.info()));
        assertThat(test(grid).getCellText(grid.getGenericDataView().getItems().toList().indexOf(site.info()), 3))
                .isEqualTo("None");

        @SuppressWarnings("unchecked")
        ComboBox<KioskInfo> kiosk = $(ComboBox.class).withClassName("kiosk-to-move").single();
        kiosk.setValue(kiosk.getListDataView().getItems().filter(k -> k.id().equals(kioskId)).findFirst().orElseThrow());
        click("move-kiosk");
        assertThat(handoff.kiosk(kioskId).orElseThrow().siteId()).isEqualTo(site.info().id());

        click("delete-site");
        assertThat(lastNotification()).isEqualTo("Kiosks still belong to this site. Move them to another site first.");
        assertThat(sites.site(site.info().id())).isPresent();

        handoff.placeKiosk(kioskId, sites.defaultSite().id());
        click("delete-site");
        assertThat(sites.site(site.info().id())).isEmpty();
    }

    @Test
    void an_administrator_creates_a_remote_desk_covering_two_sites() {
        SiteDetails a = createSite(unique());
        SiteDetails b = createSite(unique());
        String deskName = "Contact centre " + UUID.randomUUID().toString().substring(0, 8);
        navigate(AdminView.class);
        test(field("Desk name")).setValue(deskName);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DeskKind> kind = $(RadioButtonGroup.class).withCaption("Kind of desk").single();
        kind.setValue(DeskKind.REMOTE);
        @SuppressWarnings("unchecked")
        CheckboxGroup<SiteInfo> covered = $(CheckboxGroup.class).withCaption("Sites covered").single();
        covered.setValue(Set.of(a.info(), b.info()));
        click("save-desk");

        DeskInfo desk = sites.desks().stream().filter(d -> d.name().equals(deskName)).findFirst().orElseThrow();
        assertThat(desk.kind()).isEqualTo(DeskKind.REMOTE);
        assertThat(desk.siteIds()).containsExactlyInAnyOrder(a.info().id(), b.info().id());
        assertThat(desk.covers(sites.defaultSite().id())).isFalse();
    }

    @Test
    void a_local_desk_with_two_sites_is_refused_plainly() {
        SiteDetails a = createSite(unique());
        SiteDetails b = createSite(unique());
        String deskName = "Team " + UUID.randomUUID().toString().substring(0, 8);
        navigate(AdminView.class);
        test(field("Desk name")).setValue(deskName);
        @SuppressWarnings("unchecked")
        CheckboxGroup<SiteInfo> covered = $(CheckboxGroup.class).withCaption("Sites covered").single();
        covered.setValue(Set.of(a.info(), b.info()));
        assertThat($(Checkbox.class).withCaption("Covers all sites, including new ones").single().isEnabled()).isFalse();
        click("save-desk");

        assertThat(lastNotification()).isEqualTo("A local desk covers exactly one site. Choose one.");
        assertThat(sites.desks()).noneMatch(d -> d.name().equals(deskName));
        assertThat(field("Desk name").getValue()).isEqualTo(deskName);
    }
}
