package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.LifeEvent;
import org.passerelle.knowledge.LifeEventText;
import org.passerelle.kiosk.KioskScreenKind;

/** Life events (after a death, having a baby, ...): what to do, step by step, when life changes. */
@Route(value = "life-events", layout = KioskLayout.class)
@AnonymousAllowed
public class LifeEventsView extends KioskPage {

    private final KnowledgeService knowledge;

    LifeEventsView(KioskSession session, KnowledgeService knowledge) {
        super(session);
        this.knowledge = knowledge;
        addClassName("life-events-view");
    }

    @Override
    protected void render() {
        removeAll();
        add(new H1(t("lifeEvents.heading")), new Paragraph(t("lifeEvents.intro")));
        UnorderedList list = new UnorderedList();
        list.addClassName("guide-list");
        for (LifeEvent event : knowledge.current().lifeEvents()) {
            LifeEventText text = event.text(language());
            list.add(new ListItem(ListLink.of(LifeEventView.class, LifeEventView.at(event.id()), text.title(),
                    text.summary())));
        }
        add(list, bigButton("arrow-left", t("lifeEvents.back"), () -> go(HomeView.class)));
    }

    @Override
    public KioskScreenKind kind() {
        return KioskScreenKind.LIFE_EVENTS;
    }

    @Override
    protected String titleKey() {
        return "lifeEvents.title";
    }
}
