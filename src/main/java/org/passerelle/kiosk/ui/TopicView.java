package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Topic;
import org.passerelle.kiosk.KioskScreenKind;

/** The guides of one topic, as big links with their one-line summary. */
@Route(value = "topic/:topicId", layout = KioskLayout.class)
@AnonymousAllowed
public class TopicView extends KioskPage {

    private final KnowledgeService knowledge;
    private Optional<Topic> topic = Optional.empty();

    TopicView(KioskSession session, KnowledgeService knowledge) {
        super(session);
        this.knowledge = knowledge;
        addClassName("topic-view");
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        topic = event.getRouteParameters().get("topicId").flatMap(id -> knowledge.current().topic(id));
    }

    @Override
    protected void render() {
        removeAll();
        if (topic.isEmpty()) {
            renderNotFound("topic.notFound", "topic.notFound.text");
            return;
        }
        Topic current = topic.get();
        add(new H1(current.label(language())), new Paragraph(t("topic.intro")));
        UnorderedList list = new UnorderedList();
        list.addClassName("guide-list");
        List<Guide> guides = knowledge.current().guidesInTopic(current.id());
        for (Guide guide : guides) {
            GuideText text = guide.text(language());
            list.add(new ListItem(ListLink.of(GuideView.class, GuideView.at(guide.id(), 1), text.title(), text.summary())));
        }
        add(list, bigButton("arrow-left", t("topic.back"), () -> go(HomeView.class)));
    }

    @Override
    public KioskScreenKind kind() {
        return KioskScreenKind.TOPIC;
    }

    @Override
    protected String titleKey() {
        return "topic.title";
    }

    @Override
    public String getPageTitle() {
        return topic.map(value -> value.label(language()) + " — Passerelle").orElseGet(super::getPageTitle);
    }
}
