package org.passerelle.site;

import java.time.ZoneId;
import java.util.Set;
import org.passerelle.knowledge.Language;

/**
 * A site as other features read it. Its hours are asked of {@link SiteService} ({@code staffed}, {@code nextStaffed}),
 * which computes them in {@link #zone()}.
 *
 * @param staffLanguages the languages the local staff speak
 * @param version        changes on every edit; an edit names the version it started from
 */
public record SiteInfo(long id, String name, String address, ZoneId zone, Province province,
        Set<Language> staffLanguages, long version) {

    public SiteInfo {
        staffLanguages = Set.copyOf(staffLanguages);
    }
}
