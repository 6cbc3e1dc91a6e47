package org.passerelle.handoff;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.passerelle.handoff.internal.Routing;
import org.passerelle.knowledge.Language;
import org.springframework.stereotype.Component;

/**
 * What routing needs to know of the sites feature, in the routing engine's own terms. PRE-MERGE STAND-IN: one site
 * (1) always staffed, a local desk (1) and a remote desk (2); replaced by calls to SiteService once it is merged.
 */
@Component
class SiteDirectory {

    Map<Long, Routing.Site> sitesAt(Instant now) {
        return Map.of(1L, new Routing.Site(1, true));
    }

    Map<Long, Routing.Desk> desks() {
        return Map.of(1L, new Routing.Desk(1, false, true, java.util.Set.of()),
                2L, new Routing.Desk(2, true, true, java.util.Set.of()));
    }

    boolean deskExists(long id) {
        return desks().containsKey(id);
    }

    long siteOf(String kioskId) {
        return 1;
    }

    boolean staffed(long siteId, Instant at) {
        return true;
    }

    Optional<ZonedDateTime> nextStaffed(long siteId, Instant from) {
        return Optional.empty();
    }

    String otherWays(long siteId, Language language) {
        return "";
    }
}
