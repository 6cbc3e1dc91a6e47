package org.passerelle.kiosk.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeService;

/** A screen about one guide, named by the route's {@code guideId}; an unknown id gets a plain "not found". */
abstract class GuidePage extends KioskPage {

    protected final KnowledgeService knowledge;
    protected Optional<Guide> guide = Optional.empty();

    GuidePage(KioskSession session, KnowledgeService knowledge) {
        super(session);
        this.knowledge = knowledge;
    }

    @Override
    protected final void enter(BeforeEnterEvent event) {
        guide = event.getRouteParameters().get("guideId").flatMap(id -> session.previewed(id).or(() -> knowledge.current().guide(id)));
        guide.ifPresent(found -> enter(event, found));
    }

    /** Reads the rest of the route for a guide that exists. */
    protected void enter(BeforeEnterEvent event, Guide found) {
    }

    @Override
    protected final void render() {
        removeAll();
        if (guide.isEmpty()) {
            renderNotFound("guide.notFound", "guide.notFound.text");
            return;
        }
        render(guide.get(), guide.get().text(language()));
    }

    /** Draws the screen for the guide, in the session's language. */
    protected abstract void render(Guide current, GuideText text);
}
