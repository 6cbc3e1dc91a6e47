package org.passerelle.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.handoff.HandoffService;
import org.passerelle.kiosk.KioskStatus;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.passerelle.site.DeskForm;
import org.passerelle.site.DeskInfo;
import org.passerelle.site.DeskKind;
import org.passerelle.site.Province;
import org.passerelle.site.SiteDetails;
import org.passerelle.site.SiteForm;
import org.passerelle.site.SiteInfo;
import org.passerelle.site.SiteService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An open /admin screen while another administrator works elsewhere: their changes arrive by push (the services are
 * called here as the other administrator's session would), and a form being filled in is never overwritten.
 * Same configuration as SitesPanelTest, so they share one Spring context.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
@WithMockUser(username = "root-admin", roles = Roles.ADMIN)
class AdminPushTest extends SpringBrowserlessTest {


    @Autowired
    SiteService sites;

    @Autowired
    HandoffService handoff;

    @SuppressWarnings("unchecked")
    private Grid<SiteInfo> sitesGrid() {
        return $(Grid.class).withClassName("sites").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<DeskInfo> desksGrid() {
        return $(Grid.class).withClassName("desks").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<KioskStatus> kiosksGrid() {
        return $(Grid.class).withClassName("kiosks").single();
    }

    private void openSite(SiteInfo site) {
        test(sitesGrid()).clickRow(sitesGrid().getGenericDataView().getItems().map(SiteInfo::id).toList().indexOf(site.id()));
    }

    private TextField field(String label) {
        return $(TextField.class).withCaption(label).single();
    }

    /** The notice that the open site changed elsewhere, when shown. */
    private java.util.Optional<Paragraph> siteNotice() {
        return notice("site-changed-notice");
    }

    private java.util.Optional<Paragraph> notice(String className) {
        return $(Paragraph.class).withClassName(className).all().stream().filter(p -> p.isVisible()).findFirst();
    }

    @Test
    void a_site_and_a_desk_created_by_another_administrator_appear_without_a_reload() {
        navigate(AdminView.class);
        String name = TestSites.unique();

        SiteDetails site = TestSites.create(sites, name);
        DeskInfo desk = sites.createDesk(new DeskForm("Team " + name, DeskKind.LOCAL, false, Set.of(site.info().id())));
        TestSites.deliverPush();

        assertThat(sitesGrid().getGenericDataView().getItems()).anyMatch(s -> s.name().equals(name));
        assertThat(desksGrid().getGenericDataView().getItems()).extracting(DeskInfo::id).contains(desk.id());
        @SuppressWarnings("unchecked")
        CheckboxGroup<SiteInfo> covered = $(CheckboxGroup.class).withCaption("Sites covered").single();
        assertThat(covered.getListDataView().getItems()).anyMatch(s -> s.name().equals(name));
    }

    @Test
    void a_desk_deleted_elsewhere_leaves_the_list_without_a_reload() {
        SiteDetails site = TestSites.create(sites, TestSites.unique());
        DeskInfo desk = sites.createDesk(new DeskForm("Team " + site.info().id(), DeskKind.LOCAL, false,
                Set.of(site.info().id())));
        navigate(AdminView.class);
        assertThat(desksGrid().getGenericDataView().getItems()).extracting(DeskInfo::id).contains(desk.id());

        sites.deleteDesk(desk.id(), desk.version());
        TestSites.deliverPush();

        assertThat(desksGrid().getGenericDataView().getItems()).extracting(DeskInfo::id).doesNotContain(desk.id());
    }

    @Test
    void a_kiosk_registered_and_placed_on_a_site_elsewhere_shows_in_the_kiosks_and_in_the_sites_count() {
        SiteDetails site = TestSites.create(sites, TestSites.unique());
        navigate(AdminView.class);
        int row = sitesGrid().getGenericDataView().getItems().map(SiteInfo::id).toList().indexOf(site.info().id());
        assertThat(test(sitesGrid()).getCellText(row, 3)).isEqualTo("None");

        String kiosk = "push-" + UUID.randomUUID().toString().substring(0, 8);
        handoff.registerKiosk(kiosk, "Kiosk " + kiosk, "Entrance");
        handoff.placeKiosk(kiosk, site.info().id());
        TestSites.deliverPush();

        assertThat(kiosksGrid().getGenericDataView().getItems()).extracting(KioskStatus::id).contains(kiosk);
        assertThat(test(sitesGrid()).getCellText(row, 3)).isEqualTo("1");
    }

    @Test
    void an_administrator_editing_a_site_another_saves_keeps_their_entries_is_told_at_once_and_cannot_overwrite() {
        String name = TestSites.unique();
        SiteDetails site = TestSites.create(sites, name);
        navigate(AdminView.class);
        openSite(site.info());
        assertThat(siteNotice()).isEmpty();
        test(field("Site name")).setValue(name + " (mine)");
        test($(TextField.class).withClassName("staffed-monday").single()).setValue("10:00-12:00");

        sites.updateSite(site.info().id(), site.info().version(), new SiteForm(name + " (theirs)", "", "America/Toronto",
                Province.ON, Set.of(Language.EN), site.form().opening(), site.form().staffed(), List.of(), "Ask at the desk",
                "Demandez au comptoir"));
        TestSites.deliverPush();

        assertThat(field("Site name").getValue()).as("what they typed stays").isEqualTo(name + " (mine)");
        assertThat($(TextField.class).withClassName("staffed-monday").single().getValue()).isEqualTo("10:00-12:00");
        assertThat(siteNotice()).hasValueSatisfying(
                p -> assertThat(p.getText()).startsWith("Someone else saved this site while you were editing it."));
        assertThat(sitesGrid().getGenericDataView().getItems()).anyMatch(s -> s.name().equals(name + " (theirs)"));

        test($(Button.class).withClassName("save-site").single()).click();
        assertThat(test($(Notification.class).last()).getText())
                .startsWith("Someone else saved this since you opened it. Nothing was changed");
        assertThat(sites.site(site.info().id()).orElseThrow().name()).isEqualTo(name + " (theirs)");

        test($(Button.class).withClassName("reload-site").single()).click();
        assertThat(field("Site name").getValue()).isEqualTo(name + " (theirs)");
        assertThat(siteNotice()).isEmpty();
    }

    @Test
    void in_french_the_administrator_is_told_that_the_site_they_edit_was_deleted_and_keeps_their_entries() {
        String name = TestSites.unique();
        SiteDetails site = TestSites.create(sites, name);
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(AdminView.class);
        openSite(site.info());
        test(field("Nom du site")).setValue(name + " (le mien)");

        sites.deleteSite(site.info().id(), site.info().version());
        TestSites.deliverPush();

        assertThat(field("Nom du site").getValue()).isEqualTo(name + " (le mien)");
        assertThat(siteNotice()).hasValueSatisfying(p -> assertThat(p.getText()).isEqualTo("Quelqu’un d’autre a "
                + "supprimé ce site pendant que vous le modifiiez. Vos entrées sont toujours à l’écran, mais elles ne "
                + "peuvent plus être enregistrées."));
        assertThat(sitesGrid().getGenericDataView().getItems()).noneMatch(s -> s.id() == site.info().id());
    }

    @Test
    void an_administrator_editing_a_desk_another_saves_keeps_their_entries_and_is_told() {
        SiteDetails site = TestSites.create(sites, TestSites.unique());
        String deskName = "Team " + site.info().id();
        DeskInfo desk = sites.createDesk(new DeskForm(deskName, DeskKind.LOCAL, false, Set.of(site.info().id())));
        navigate(AdminView.class);
        test(desksGrid()).clickRow(desksGrid().getGenericDataView().getItems().map(DeskInfo::id).toList().indexOf(desk.id()));
        test(field("Desk name")).setValue(deskName + " (mine)");

        sites.updateDesk(desk.id(), desk.version(), new DeskForm(deskName + " (theirs)", DeskKind.LOCAL, false,
                Set.of(site.info().id())));
        TestSites.deliverPush();

        assertThat(field("Desk name").getValue()).isEqualTo(deskName + " (mine)");
        assertThat(notice("desk-changed-notice")).hasValueSatisfying(
                p -> assertThat(p.getText()).startsWith("Someone else saved this desk while you were editing it."));
        test($(Button.class).withClassName("save-desk").single()).click();
        assertThat(test($(Notification.class).last()).getText())
                .startsWith("Someone else saved this since you opened it. Nothing was changed");
        assertThat(sites.desk(desk.id()).orElseThrow().name()).isEqualTo(deskName + " (theirs)");
    }
}
