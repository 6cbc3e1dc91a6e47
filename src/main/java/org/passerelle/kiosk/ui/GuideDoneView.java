package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.passerelle.kiosk.AnswerFeedback;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.LifeEvent;
import org.passerelle.knowledge.LifeEventStep;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.kiosk.KioskScreenKind;

/**
 * The end of a guide: "Did this help?" with Yes / No (no typing), then what to do next — take the steps
 * along, read a related guide, ask something else, or finish and clear the kiosk.
 */
@Route(value = "guide/:guideId/done", layout = KioskLayout.class)
@AnonymousAllowed
public class GuideDoneView extends GuidePage {

    private final AnswerFeedback feedback;
    private final KioskIdentity identity;
    private @Nullable Boolean answer;
    private boolean justAnswered;

    GuideDoneView(KioskSession session, KnowledgeService knowledge, AnswerFeedback feedback,
            KioskIdentity identity) {
        super(session, knowledge);
        this.feedback = feedback;
        this.identity = identity;
        addClassName("guide-done-view");
    }

    static void open(String guideId) {
        UI.getCurrent().navigate(GuideDoneView.class, new RouteParameters("guideId", guideId));
    }

    @Override
    protected void enter(BeforeEnterEvent event, Guide found) {
        answer = null;
    }

    @Override
    protected void render(Guide current, GuideText text) {
        add(new H1(t("done.heading")), new Paragraph(t("done.guide", text.title())));
        add(feedback(current), whatNext(current, text));
    }

    private Section feedback(Guide current) {
        Section section = new Section();
        section.addClassName("feedback");
        section.add(new H2(t("done.helped")));
        if (answer != null) {
            Paragraph thanks = new Paragraph(t(answer ? "done.helped.yes.thanks" : "done.helped.no.thanks"));
            thanks.addClassName("feedback-thanks");
            section.add(thanks);
            if (justAnswered) {
                // The Yes / No buttons are gone: the focus goes to the thank-you, which is read out.
                focus(thanks);
                announce(thanks.getText());
                justAnswered = false;
            }
            if (!answer) {
                section.add(bigButton("help-person", t("layout.help"), this::requestHelp));
            }
            return section;
        }
        if (session.feedbackAlreadyGiven(current.id())) {
            section.add(new Paragraph(t("done.helped.already")));
            return section;
        }
        Button yes = bigButton("check", t("done.helped.yes"), () -> answered(current, true));
        Button no = bigButton("cross", t("done.helped.no"), () -> answered(current, false));
        yes.setDisableOnClick(true);
        no.setDisableOnClick(true);
        Div buttons = new Div(yes, no);
        buttons.addClassName("yes-no");
        section.add(buttons);
        return section;
    }

    private void answered(Guide current, boolean helped) {
        answer = helped;
        justAnswered = true;
        if (!session.feedbackGiven(current.id())) {
            feedback.guideHelped(identity.label(), current.id(), language(), helped);
        }
        render();
    }

    private Section whatNext(Guide current, GuideText text) {
        Section section = new Section();
        section.addClassName("what-next");
        section.add(new H2(t("done.next")));
        Div actions = new Div(
                bigButton("print", t("done.takeAway"), () -> TakeAwayView.open(current.id())),
                bigButton("question", t("done.askAnother"), () -> go(AskView.class)),
                bigButton("finish", t("layout.finish"), this::confirmFinish));
        actions.addClassName("next-actions");
        section.add(actions);
        // A guide done as one step of a life event leads to the next step, with its reason, before the related guides.
        for (LifeEvent event : knowledge.current().lifeEventsWithGuide(current.id())) {
            List<LifeEventStep> steps = event.text(language()).steps();
            int index = event.guideIds().indexOf(current.id());
            if (index + 1 < steps.size()) {
                LifeEventStep next = steps.get(index + 1);
                knowledge.current().guide(next.guideId()).ifPresent(g -> {
                    H2 heading = new H2(t("done.lifeEventNext", event.text(language()).title()));
                    UnorderedList list = new UnorderedList(new ListItem(
                            ListLink.of(GuideView.class, GuideView.at(g.id(), 1), g.text(language()).title(), next.why())));
                    list.addClassName("guide-list");
                    list.addClassName("life-event-next");
                    section.add(heading, list);
                });
            }
        }
        if (!current.related().isEmpty()) {
            section.add(new H2(t("done.related")));
            UnorderedList related = new UnorderedList();
            related.addClassName("guide-list");
            for (String id : current.related()) {
                knowledge.current().guide(id).ifPresent(g -> {
                    Button link = bigButton("arrow-right", g.text(language()).title(), () -> GuideView.open(g.id(), 1));
                    link.setIconAfterText(true);
                    related.add(new ListItem(link));
                });
            }
            section.add(related);
        }
        Anchor official = new Anchor(text.officialLink().toString(), t("guide.officialLink"), AnchorTarget.BLANK);
        official.getElement().setAttribute("rel", "noopener noreferrer");
        official.addClassName("official-link");
        Paragraph reviewed = new Paragraph(t("guide.lastReviewed",
                text.lastReviewed().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language().locale()))));
        reviewed.addClassName("last-reviewed");
        section.add(new Paragraph(official), reviewed);
        return section;
    }

    @Override
    public KioskScreenKind kind() {
        return KioskScreenKind.GUIDE_DONE;
    }

    @Override
    protected String titleKey() {
        return "done.title";
    }
}
