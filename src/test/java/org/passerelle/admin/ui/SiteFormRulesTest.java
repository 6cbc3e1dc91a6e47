package org.passerelle.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.security.Roles;
import org.passerelle.site.DeskForm;
import org.passerelle.site.DeskKind;
import org.passerelle.site.Province;
import org.passerelle.site.SiteDetails;
import org.passerelle.site.SiteInfo;
import org.passerelle.site.SiteService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The site form's rules as an administrator meets them, in English and French: staffed hours outside opening hours,
 * a bad closure line (told by its number), hidden characters, markup shown as text, and what still depends on a site.
 * A refusal never loses what was typed. Same configuration as SitesPanelTest, so they share one Spring context.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
@WithMockUser(username = "root-admin", roles = Roles.ADMIN)
class SiteFormRulesTest extends SpringBrowserlessTest {


    @Autowired
    SiteService sites;

    private TextField byClass(String className) {
        return $(TextField.class).withClassName(className).single();
    }

    private TextArea closures() {
        return $(TextArea.class).withClassName("site-closures").single();
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

    @SuppressWarnings("unchecked")
    private Grid<SiteInfo> sitesGrid() {
        return $(Grid.class).withClassName("sites").single();
    }

    /** A new site filled in completely (open and staffed on Monday and Tuesday), not saved. */
    @SuppressWarnings("unchecked")
    private void fillNewSite(String name) {
        navigate(AdminView.class);
        click("new-site");
        test($(TextField.class).withClassName("site-name").first()).setValue(name);
        $(ComboBox.class).withClassName("site-zone").single().setValue("America/Halifax");
        $(Select.class).withClassName("site-province").single().setValue(Province.NS);
        test(byClass("opening-monday")).setValue("08:30-12:00, 13:00-18:00");
        test(byClass("staffed-monday")).setValue("9:00-12:00, 13:00-17:00");
        test(byClass("opening-tuesday")).setValue("09:00-17:00");
        test(byClass("staffed-tuesday")).setValue("09:00-17:00");
        for (TextArea area : $(TextArea.class).all()) {
            if (!area.hasClassName("site-closures")) {
                test(area).setValue(area.getElement().getAttribute("lang").equals("fr") ? "Composez le 902-555-0100"
                        : "Call 902-555-0100");
            }
        }
    }

    private void openSite(SiteInfo site) {
        test(sitesGrid()).clickRow(sitesGrid().getGenericDataView().getItems().map(SiteInfo::id).toList().indexOf(site.id()));
    }

    @Test
    void staffed_hours_outside_the_opening_hours_are_refused_naming_the_weekday_and_both_ranges() {
        String name = TestSites.unique();
        fillNewSite(name);
        test(byClass("staffed-tuesday")).setValue("08:00-10:00");
        click("save-site");

        assertThat(lastNotification()).isEqualTo("Tuesday: staffed hours 08:00–10:00 fall outside opening hours "
                + "09:00–17:00. Staff can be on duty only while the site is open.");
        assertThat(byClass("staffed-tuesday").isInvalid()).isTrue();
        assertThat(byClass("staffed-tuesday").getValue()).isEqualTo("08:00-10:00");
        assertThat(byClass("opening-monday").getValue()).isEqualTo("08:30-12:00, 13:00-18:00");
        assertThat(siteNamed(name)).isEmpty();

        test(byClass("staffed-tuesday")).setValue("09:00-10:00");
        click("save-site");
        assertThat(siteNamed(name)).as("saved once fixed").isPresent();
        assertThat(byClass("staffed-tuesday").isInvalid()).isFalse();
    }

    @Test
    void in_french_staffed_hours_on_a_day_with_no_opening_hours_are_refused_in_french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        String name = TestSites.unique();
        fillNewSite(name);
        test(byClass("staffed-wednesday")).setValue("10:00-12:00");
        test(byClass("staffed-tuesday")).setValue("08:00-10:00");
        click("save-site");

        assertThat(lastNotification()).isEqualTo("Le mardi, les heures de présence du personnel 08:00–10:00 débordent "
                + "des heures d’ouverture 09:00–17:00. Le personnel ne peut être sur place que lorsque le site est ouvert.");

        test(byClass("staffed-tuesday")).setValue("09:00-10:00");
        click("save-site");
        assertThat(lastNotification()).isEqualTo("Le mercredi, il y a des heures de présence du personnel "
                + "(10:00–12:00), mais aucune heure d’ouverture. Ajoutez les heures d’ouverture, ou retirez les heures "
                + "de présence.");
        assertThat(byClass("staffed-wednesday").isInvalid()).isTrue();
        assertThat(siteNamed(name)).isEmpty();
    }

    @Test
    void a_bad_closure_line_is_refused_with_its_line_number_and_nothing_typed_is_lost() {
        String name = TestSites.unique();
        fillNewSite(name);
        String typed = "2026-12-25 Christmas Day | Noël\n2026-13-01 Staff training | Formation";
        test(closures()).setValue(typed);
        click("save-site");

        assertThat(lastNotification()).isEqualTo("Line 2: 2026-13-01 is not a date that exists. Check the month and "
                + "the day.");
        assertThat(closures().isInvalid()).isTrue();
        assertThat(closures().getValue()).isEqualTo(typed);
        assertThat($(TextField.class).withClassName("site-name").first().getValue()).isEqualTo(name);
        assertThat(byClass("staffed-monday").getValue()).isEqualTo("9:00-12:00, 13:00-17:00");
        assertThat(siteNamed(name)).isEmpty();
    }

    @Test
    void in_french_a_reversed_closure_range_is_refused_with_its_line_number() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        String name = TestSites.unique();
        fillNewSite(name);
        test(closures()).setValue("2026-12-24 Veille | Veille de Noël\n\n2027-01-02 au 2026-12-30 | Fêtes");
        click("save-site");

        assertThat(lastNotification()).isEqualTo("Ligne 3 : la fermeture finit le 2026-12-30, avant de commencer le "
                + "2027-01-02. Écrivez d’abord le premier jour.");
        assertThat(closures().isInvalid()).isTrue();

        test(closures()).setValue("2026-12-24 Veille | Veille de Noël\n\n2026-12-30 au 2027-01-02 | Fêtes");
        click("save-site");
        assertThat(sites.details(siteNamed(name).orElseThrow().id()).orElseThrow().closures()).hasSize(5);
        assertThat(closures().getValue()).isEqualTo("2026-12-24 Veille | Veille de Noël\n2026-12-30 – 2027-01-02 | Fêtes");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_site_without_a_time_zone_is_refused_plainly() {
        String name = TestSites.unique();
        fillNewSite(name);
        $(ComboBox.class).withClassName("site-zone").single().clear();
        click("save-site");

        assertThat(lastNotification()).isEqualTo("This time zone is unknown. Choose one from the list, for example "
                + "America/Toronto.");
        assertThat(siteNamed(name)).isEmpty();
    }

    @Test
    void a_hidden_control_character_in_the_name_is_refused_naming_the_field() {
        String name = TestSites.unique();
        fillNewSite(name + "\u0007");
        click("save-site");

        assertThat(lastNotification()).startsWith("Site name: the text holds a hidden control character");
        assertThat($(TextField.class).withClassName("site-name").first().isInvalid()).isTrue();
        assertThat(sites.sites()).noneMatch(s -> s.name().startsWith(name));
    }

    @Test
    void markup_in_a_name_is_saved_as_typed_and_shown_as_text() {
        String name = "<img src=x onerror=alert(1)> " + TestSites.unique();
        fillNewSite(name);
        click("save-site");

        SiteInfo site = siteNamed(name).orElseThrow();
        int row = sitesGrid().getGenericDataView().getItems().map(SiteInfo::id).toList().indexOf(site.id());
        assertThat(test(sitesGrid()).getCellText(row, 0)).isEqualTo(name);
        assertThat(descendants(UI.getCurrent().getElement()))
                .as("nothing on the admin screen is written as HTML").noneMatch(e -> e.hasProperty("innerHTML"));
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(SiteFormRulesTest::descendants));
    }

    @Test
    void a_site_with_no_kiosks_says_so_plainly_and_one_still_served_by_a_local_desk_is_not_deleted() {
        SiteDetails site = TestSites.create(sites, TestSites.unique());
        String deskName = "Team " + site.info().id();
        sites.createDesk(new DeskForm(deskName, DeskKind.LOCAL, false, Set.of(site.info().id())));
        navigate(AdminView.class);
        openSite(site.info());

        assertThat($(ListItem.class).all()).extracting(ListItem::getText).contains("No kiosk belongs to this site.");
        click("delete-site");
        assertThat(lastNotification()).isEqualTo("The local desk “" + deskName + "” still serves this site. Delete "
                + "that desk first.");
        assertThat(sites.site(site.info().id())).isPresent();
    }
}
