package org.passerelle.site;

import java.util.List;

/** Everything about a site, for the administration form. */
public record SiteDetails(SiteInfo info, boolean isDefault, WeeklyHours opening, WeeklyHours staffed,
        List<Closure> closures, String otherWaysEn, String otherWaysFr) {

    public SiteDetails {
        closures = List.copyOf(closures);
    }

    /** The form that saves this site unchanged: start an edit from it. */
    public SiteForm form() {
        return new SiteForm(info.name(), info.address(), info.zone().getId(), info.province(), info.staffLanguages(),
                opening, staffed, closures, otherWaysEn, otherWaysFr);
    }
}
