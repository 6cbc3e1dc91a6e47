package org.passerelle.kiosk.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.KioskInfo;
import org.passerelle.site.Province;
import org.passerelle.site.SiteService;

/**
 * The one place that answers "which province is this kiosk in", for the screens that show a referral: the province of
 * the kiosk's site, or the default site's for a browser that is no enrolled kiosk. Asked on each use, so a kiosk moved
 * to another site shows that site's offices at once.
 */
@SpringComponent
class KioskProvince {

    private final KioskIdentity identity;
    private final HandoffService handoff;
    private final SiteService sites;

    KioskProvince(KioskIdentity identity, HandoffService handoff, SiteService sites) {
        this.identity = identity;
        this.handoff = handoff;
        this.sites = sites;
    }

    Province current() {
        return handoff.kiosk(identity.label()).map(KioskInfo::siteId).flatMap(sites::site)
                .orElseGet(sites::defaultSite).province();
    }
}
