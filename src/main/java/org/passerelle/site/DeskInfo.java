package org.passerelle.site;

import java.util.Set;

/**
 * A desk (a team): a site's LOCAL team covers exactly that site; a REMOTE team covers the sites listed, or all sites
 * (present and future) when {@code coversAll}.
 */
public record DeskInfo(long id, String name, DeskKind kind, boolean coversAll, Set<Long> siteIds, long version) {

    public DeskInfo {
        siteIds = Set.copyOf(siteIds);
    }

    /** Whether this desk serves the kiosks of {@code siteId}. */
    public boolean covers(long siteId) {
        return coversAll || siteIds.contains(siteId);
    }
}
