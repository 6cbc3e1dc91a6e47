package org.passerelle.handoff;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.passerelle.handoff.internal.Routing;
import org.passerelle.knowledge.Language;
import org.passerelle.site.DeskInfo;
import org.passerelle.site.DeskKind;
import org.passerelle.site.SiteInfo;
import org.passerelle.site.SiteService;
import org.springframework.stereotype.Component;

/**
 * What routing needs of the sites feature ({@link SiteService}, which owns sites, hours and desks), in the routing
 * engine's terms, and the site of each kiosk (which this feature owns).
 */
@Component
class SiteDirectory {

    private final SiteService sites;
    private final KioskRepository kiosks;

    SiteDirectory(SiteService sites, KioskRepository kiosks) {
        this.sites = sites;
        this.kiosks = kiosks;
    }

    /** Every site and whether it is staffed at {@code now}. */
    Map<Long, Routing.Site> sitesAt(Instant now) {
        Map<Long, Routing.Site> all = new HashMap<>();
        for (SiteInfo site : sites.sites()) {
            all.put(site.id(), new Routing.Site(site.id(), sites.staffed(site.id(), now)));
        }
        return all;
    }

    Map<Long, Routing.Desk> desks() {
        Map<Long, Routing.Desk> all = new HashMap<>();
        for (DeskInfo desk : sites.desks()) {
            all.put(desk.id(), new Routing.Desk(desk.id(), desk.kind() == DeskKind.REMOTE, desk.coversAll(),
                    desk.siteIds()));
        }
        return all;
    }

    boolean deskExists(long id) {
        return sites.desk(id).isPresent();
    }

    /** The kiosk's site; the default site for a kiosk that is not registered. */
    long siteOf(String kioskId) {
        return kiosks.findById(kioskId).map(k -> k.info().siteId()).orElseGet(() -> sites.defaultSite().id());
    }

    Optional<ZonedDateTime> nextStaffed(long siteId, Instant from) {
        return sites.nextStaffed(siteId, from);
    }

    String otherWays(long siteId, Language language) {
        return sites.otherWays(siteId, language);
    }
}
