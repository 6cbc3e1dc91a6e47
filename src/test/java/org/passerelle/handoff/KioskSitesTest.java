package org.passerelle.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.passerelle.site.Province;
import org.passerelle.site.SiteException;
import org.passerelle.site.SiteException.Problem;
import org.passerelle.site.SiteForm;
import org.passerelle.site.SiteInfo;
import org.passerelle.site.SiteService;
import org.passerelle.site.WeeklyHours;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Every kiosk belongs to a site: the default one when registered, another when an administrator moves it. */
class KioskSitesTest extends HandoffSpringTest {

    @Autowired
    SiteService sites;

    private SiteInfo newSite() {
        return sites.createSite(new SiteForm("Branch " + UUID.randomUUID().toString().substring(0, 8), "", "America/Winnipeg",
                Province.MB, Set.of(Language.EN), WeeklyHours.parse(Map.of()), WeeklyHours.parse(Map.of()), List.of(),
                "Ask at the desk", "Demandez au comptoir")).info();
    }

    @Test
    void a_registered_kiosk_belongs_to_the_default_site() {
        String kiosk = TestKiosks.register(handoff);

        assertThat(handoff.kiosk(kiosk).orElseThrow().siteId()).isEqualTo(sites.defaultSite().id());
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void a_kiosk_moved_to_a_site_stays_there_when_it_registers_again() {
        String kiosk = TestKiosks.register(handoff);
        SiteInfo branch = newSite();

        handoff.placeKiosk(kiosk, branch.id());
        handoff.registerKiosk(kiosk, "Kiosk renamed", "Second floor");

        assertThat(handoff.kiosk(kiosk).orElseThrow().siteId()).isEqualTo(branch.id());
    }

    @Test
    void a_kiosk_cannot_be_placed_at_a_site_that_does_not_exist_or_be_unknown() {
        String kiosk = TestKiosks.register(handoff);

        assertThatExceptionOfType(SiteException.class).isThrownBy(() -> handoff.placeKiosk(kiosk, 987_654))
                .extracting(SiteException::problem).isEqualTo(Problem.UNKNOWN_SITE);
        TestKiosks.assertRefused(HandoffException.Problem.UNKNOWN_KIOSK,
                () -> handoff.placeKiosk("no-such-kiosk", sites.defaultSite().id()));
        assertThat(handoff.kiosk(kiosk).orElseThrow().siteId()).isEqualTo(sites.defaultSite().id());
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void a_site_with_a_kiosk_cannot_be_deleted_until_the_kiosk_moves() {
        String kiosk = TestKiosks.register(handoff);
        SiteInfo branch = newSite();
        handoff.placeKiosk(kiosk, branch.id());

        assertThatExceptionOfType(SiteException.class).isThrownBy(() -> sites.deleteSite(branch.id(), branch.version()))
                .extracting(SiteException::problem).isEqualTo(Problem.SITE_HAS_KIOSKS);
        assertThat(sites.site(branch.id())).isPresent();

        handoff.placeKiosk(kiosk, sites.defaultSite().id());
        sites.deleteSite(branch.id(), branch.version());
        assertThat(sites.site(branch.id())).isEmpty();
    }
}
