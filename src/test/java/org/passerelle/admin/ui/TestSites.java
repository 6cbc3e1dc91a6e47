package org.passerelle.admin.ui;

import com.vaadin.flow.server.VaadinSession;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.passerelle.knowledge.Language;
import org.passerelle.site.Province;
import org.passerelle.site.SiteDetails;
import org.passerelle.site.SiteForm;
import org.passerelle.site.SiteService;
import org.passerelle.site.WeeklyHours;

/** Sites the admin screen tests make for themselves (nothing is rolled back), and what push would deliver. */
final class TestSites {

    private TestSites() {
    }

    static String unique() {
        return "Branch " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A site open and staffed on Mondays 09:00-17:00 in Toronto, saved as another administrator would. */
    static SiteDetails create(SiteService sites, String name) {
        WeeklyHours hours = WeeklyHours.parse(Map.of(DayOfWeek.MONDAY, "09:00-17:00"));
        return sites.createSite(new SiteForm(name, "", "America/Toronto", Province.ON, Set.of(Language.EN), hours, hours,
                List.of(), "Ask at the desk", "Demandez au comptoir"));
    }

    /** Runs what other sessions queued for this UI with {@code ui.access}: what server push would deliver. */
    static void deliverPush() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
