package org.passerelle.kiosk;

import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.Language;

/**
 * Shows a guide version that is not published yet on the kiosk's own screens, exactly as a citizen would see it, in
 * the editor's own browser session only. The kiosk's screens implement it; the editor asks through this, never
 * through the kiosk's screens themselves.
 */
public interface GuidePreview {

    /**
     * Opens the guide's first step on this browser's kiosk screens, in {@code language}.
     *
     * @param guide   the version as the kiosk would load it (a validated guide, never raw text)
     * @param version its version number, shown in the banner
     * @param backTo  the route the banner's button returns to, e.g. {@code editor/guide/passport-renewal}
     */
    void show(Guide guide, int version, Language language, String backTo);
}
