package org.passerelle.site;

import java.util.Set;

/** What an administrator enters for a desk: LOCAL with exactly one site, or REMOTE with some sites or all. */
public record DeskForm(String name, DeskKind kind, boolean coversAll, Set<Long> siteIds) {

    public DeskForm {
        siteIds = Set.copyOf(siteIds);
    }
}
