package org.passerelle.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.admin.AdminFeed.Change;
import org.passerelle.admin.ui.AdminView;
import org.passerelle.handoff.HandoffService;
import org.passerelle.kiosk.KioskEnrolment;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.passerelle.site.Province;
import org.passerelle.site.SiteForm;
import org.passerelle.site.SiteService;
import org.passerelle.site.WeeklyHours;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every open admin screen hears, and when: committed changes to sites, desks and kiosks, never one rolled back.
 * Same configuration as the admin screen tests, so they share one Spring context.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
@WithMockUser(username = "root-admin", roles = Roles.ADMIN)
class AdminFeedTest extends SpringBrowserlessTest {


    @Autowired
    AdminFeed feed;

    @Autowired
    SiteService sites;

    @Autowired
    HandoffService handoff;

    @Autowired
    KioskEnrolment enrolment;

    @Autowired
    PlatformTransactionManager transactions;

    static SiteForm site() {
        WeeklyHours hours = WeeklyHours.parse(Map.of());
        return new SiteForm("Branch " + UUID.randomUUID().toString().substring(0, 8), "", "America/Toronto", Province.ON,
                Set.of(Language.EN), hours, hours, List.of(), "Ask at the desk", "Demandez au comptoir");
    }

    @Test
    void every_screen_hears_a_change_once_it_is_committed_and_never_one_rolled_back() {
        List<Change> first = new CopyOnWriteArrayList<>();
        List<Change> second = new CopyOnWriteArrayList<>();
        AdminFeed.Subscription a = feed.subscribe(first::add);
        AdminFeed.Subscription b = feed.subscribe(second::add);
        try {
            TransactionTemplate tx = new TransactionTemplate(transactions);
            long id = tx.execute(status -> {
                long created = sites.createSite(site()).info().id();
                assertThat(first).as("nothing heard before the commit").isEmpty();
                return created;
            });
            assertThat(first).containsExactly(new Change(Change.Subject.SITE, Long.toString(id)));
            assertThat(second).isEqualTo(first);

            first.clear();
            tx.executeWithoutResult(status -> {
                sites.createSite(site());
                status.setRollbackOnly();
            });
            assertThat(first).as("a rolled-back change is never told").isEmpty();
        } finally {
            a.cancel();
            b.cancel();
        }
    }

    @Test
    void a_broken_screen_does_not_stop_the_others_from_hearing() {
        List<Change> heard = new CopyOnWriteArrayList<>();
        AdminFeed.Subscription broken = feed.subscribe(c -> {
            throw new IllegalStateException("a closed tab");
        });
        AdminFeed.Subscription working = feed.subscribe(heard::add);
        try {
            sites.createSite(site());
            assertThat(heard).hasSize(1);
        } finally {
            broken.cancel();
            working.cancel();
        }
    }

    @Test
    void kiosks_placed_given_a_code_enrolled_or_revoked_are_heard() {
        List<Change> heard = new CopyOnWriteArrayList<>();
        AdminFeed.Subscription s = feed.subscribe(heard::add);
        try {
            String kiosk = "feed-" + UUID.randomUUID().toString().substring(0, 8);
            handoff.registerKiosk(kiosk, "Kiosk " + kiosk, "Entrance");
            long site = sites.createSite(site()).info().id();
            heard.clear();
            handoff.placeKiosk(kiosk, site);
            String code = enrolment.issueCode(kiosk).code();
            enrolment.enrol(code, "192.0.2.77");
            enrolment.revoke(kiosk);

            Change changed = new Change(Change.Subject.KIOSK, kiosk);
            assertThat(heard).as("placed, code issued, enrolled, revoked").containsExactly(changed, changed, changed,
                    changed);
        } finally {
            s.cancel();
        }
    }

    @Test
    void the_admin_screen_follows_the_feed_while_open_and_stops_when_left() {
        int before = feed.listenerCount();
        navigate(AdminView.class);
        assertThat(feed.listenerCount()).isEqualTo(before + 1);

        UI.getCurrent().navigate("");

        assertThat(getCurrentView()).isNotInstanceOf(AdminView.class);
        assertThat(feed.listenerCount()).isEqualTo(before);
    }
}
