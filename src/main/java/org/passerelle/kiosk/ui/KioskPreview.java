package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.passerelle.kiosk.GuidePreview;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Lets a content editor see a guide version that is not published yet on the kiosk's own screens, exactly as a
 * citizen would: same layout, same components, same styles. The version shows only in the editor's own browser
 * session, in place of the published guide with the same id, under a banner that says it is a preview and leads
 * back; help requests are off meanwhile. "Finish and clear", the idle reset and the banner's button end it.
 */
@SpringComponent
class KioskPreview implements GuidePreview {

    private final ObjectProvider<KioskSession> sessions;

    KioskPreview(ObjectProvider<KioskSession> sessions) {
        this.sessions = sessions;
    }

    @Override
    public void show(Guide guide, int version, Language language, String backTo) {
        KioskSession session = sessions.getObject();
        session.preview(new KioskSession.Preview(guide, version, backTo));
        session.start(language);
        UI ui = UI.getCurrent();
        ui.setLocale(language.locale());
        ui.navigate(GuideView.class, GuideView.at(guide.id(), 1));
    }
}
