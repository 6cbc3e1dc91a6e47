package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.LifeEvent;
import org.passerelle.knowledge.LifeEventStep;
import org.passerelle.knowledge.LifeEventText;
import org.passerelle.kiosk.KioskScreenKind;

/**
 * One life event: its steps in order, each a guide with the line that says why it comes here. A numbered list, so a
 * screen reader says "1 of 4"; each step opens its guide.
 */
@Route(value = "life-event/:eventId", layout = KioskLayout.class)
@AnonymousAllowed
public class LifeEventView extends KioskPage {

    private final KnowledgeService knowledge;
    private Optional<LifeEvent> event = Optional.empty();

    LifeEventView(KioskSession session, KnowledgeService knowledge) {
        super(session);
        this.knowledge = knowledge;
        addClassName("life-event-view");
    }

    static RouteParameters at(String eventId) {
        return new RouteParameters("eventId", eventId);
    }

    @Override
    protected void enter(BeforeEnterEvent beforeEnter) {
        event = beforeEnter.getRouteParameters().get("eventId").flatMap(id -> knowledge.current().lifeEvent(id));
    }

    @Override
    protected void render() {
        removeAll();
        if (event.isEmpty()) {
            renderNotFound("lifeEvent.notFound", "lifeEvent.notFound.text");
            return;
        }
        LifeEventText text = event.get().text(language());
        add(new H1(text.title()), new Paragraph(text.summary()), new Paragraph(t("lifeEvent.intro")));
        OrderedList steps = new OrderedList();
        steps.addClassName("guide-list");
        steps.addClassName("life-event-steps");
        for (LifeEventStep step : text.steps()) {
            // The reader checked that every step's guide exists; a guide removed since is skipped, not an error page.
            knowledge.current().guide(step.guideId()).ifPresent(guide -> steps.add(new ListItem(
                    ListLink.of(GuideView.class, GuideView.at(guide.id(), 1), guide.text(language()).title(), step.why()))));
        }
        Paragraph reviewed = new Paragraph(t("guide.lastReviewed",
                text.lastReviewed().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language().locale()))));
        reviewed.addClassName("last-reviewed");
        add(steps, reviewed, bigButton("arrow-left", t("lifeEvent.back"), () -> go(LifeEventsView.class)));
    }

    @Override
    public KioskScreenKind kind() {
        return KioskScreenKind.LIFE_EVENTS;
    }

    @Override
    protected String titleKey() {
        return "lifeEvent.title";
    }

    @Override
    public String getPageTitle() {
        return event.map(value -> value.text(language()).title() + " — Passerelle").orElseGet(super::getPageTitle);
    }
}
