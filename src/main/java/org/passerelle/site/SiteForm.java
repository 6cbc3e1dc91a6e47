package org.passerelle.site;

import java.util.List;
import java.util.Set;
import org.passerelle.knowledge.Language;

/**
 * What an administrator enters for a site. {@link SiteService} checks it all and names the first problem.
 *
 * @param zone         a region id such as {@code America/Toronto} (checked: an unknown one is refused)
 * @param otherWaysEn  the other ways to get help there, in English: plain text (markup is shown as typed), at most
 *                     {@link #OTHER_WAYS_MAX} characters
 */
public record SiteForm(String name, String address, String zone, Province province, Set<Language> staffLanguages,
        WeeklyHours opening, WeeklyHours staffed, List<Closure> closures, String otherWaysEn, String otherWaysFr) {

    public static final int OTHER_WAYS_MAX = 500;

    public SiteForm {
        staffLanguages = Set.copyOf(staffLanguages);
        closures = List.copyOf(closures);
    }
}
