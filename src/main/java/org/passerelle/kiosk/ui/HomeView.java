package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.passerelle.kiosk.KioskSettings;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Topic;
import org.passerelle.search.SearchService;

/** Home: ask in your own words, or touch a topic tile. Help from a person is in the header, always. */
@Route(value = KioskRoutes.HOME, layout = KioskLayout.class)
@AnonymousAllowed
public class HomeView extends KioskPage {

    private final KnowledgeService knowledge;
    private final SearchService search;
    private final KioskSettings settings;

    HomeView(KioskSession session, KnowledgeService knowledge, SearchService search, KioskSettings settings) {
        super(session);
        this.knowledge = knowledge;
        this.search = search;
        this.settings = settings;
        addClassName("home-view");
    }

    @Override
    protected void render() {
        removeAll();
        H1 heading = new H1(t("home.heading"));
        QuestionBox box = new QuestionBox(search, language(), settings.suggestions(), question -> {
            session.askLater(question);
            go(AskView.class);
        });
        Section ask = new Section(box);
        ask.addClassName("home-ask");

        H2 topicsHeading = new H2(t("home.topics"));
        topicsHeading.setId("topics-heading");
        UnorderedList tiles = new UnorderedList();
        tiles.addClassName("tiles");
        for (Topic topic : knowledge.current().topics()) {
            if (knowledge.current().guidesInTopic(topic.id()).isEmpty()) {
                continue;
            }
            RouterLink tile = new RouterLink(TopicView.class, new RouteParameters("topicId", topic.id()));
            tile.addClassName("tile");
            Span label = new Span(topic.label(language()));
            label.addClassName("tile-label");
            tile.add(KioskIcon.of(topic.icon()), label);
            tiles.add(new ListItem(tile));
        }
        Section topics = new Section(topicsHeading, tiles);
        topics.getElement().setAttribute("aria-labelledby", "topics-heading");
        add(heading, ask);
        if (!knowledge.current().lifeEvents().isEmpty()) {
            H2 lifeEventsHeading = new H2(t("home.lifeEvents"));
            lifeEventsHeading.setId("life-events-heading");
            RouterLink link = ListLink.of(LifeEventsView.class, RouteParameters.empty(), t("home.lifeEvents.link"),
                    t("home.lifeEvents.line"));
            link.addClassName("life-events-link");
            Section lifeEvents = new Section(lifeEventsHeading, link);
            lifeEvents.addClassName("home-life-events");
            lifeEvents.getElement().setAttribute("aria-labelledby", "life-events-heading");
            add(lifeEvents);
        }
        add(topics);
    }

    @Override
    public Place place() {
        return Place.HOME;
    }

    @Override
    protected String titleKey() {
        return "home.title";
    }
}
