package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Markdown;
import org.passerelle.knowledge.Step;
import org.passerelle.kiosk.KioskScreenKind;

/**
 * "Take it with you": a QR code that opens the guide's official page on a phone, and a printable summary
 * of every step. Both hold only the guide's public text — nothing the person typed, nothing about them.
 */
@Route(value = "guide/:guideId/take-away", layout = KioskLayout.class)
@AnonymousAllowed
public class TakeAwayView extends GuidePage {

    TakeAwayView(KioskSession session, KnowledgeService knowledge) {
        super(session, knowledge);
        addClassName("take-away-view");
    }

    static void open(String guideId) {
        UI.getCurrent().navigate(TakeAwayView.class, new RouteParameters("guideId", guideId));
    }

    @Override
    protected void render(Guide current, GuideText text) {
        H1 heading = new H1(t("takeAway.heading"));
        heading.addClassName("no-print");
        Paragraph intro = new Paragraph(t("takeAway.intro", text.title()));
        intro.addClassName("no-print");

        TakeAwayOptions options = new TakeAwayOptions(language(), text.officialLink().toString(), "takeAway.paper.text",
                "takeAway.print");
        Button back = bigButton("arrow-left", t("takeAway.back"), () -> GuideDoneView.open(current.id()));
        back.addClassName("no-print");
        add(heading, intro, options, summary(text), back);
    }

    /** What goes on paper: the guide's public text only. */
    private Section summary(GuideText text) {
        Section summary = new Section();
        summary.addClassName("printable");
        summary.add(new H2(text.title()), new Paragraph(text.summary()));
        OrderedList list = new OrderedList();
        List<Step> steps = text.steps();
        for (Step step : steps) {
            ListItem item = new ListItem();
            item.add(new H3(step.title()));
            if (step.optional()) {
                item.add(new Paragraph(t("guide.optional")));
            }
            item.add(new Html("<div class=\"step-body\">" + Markdown.toSafeHtml(step.body(), GuideView::href,
                    Map.of("router-link", "")) + "</div>"));
            step.time().ifPresent(v -> item.add(new Paragraph(t("guide.time", v))));
            step.cost().ifPresent(v -> item.add(new Paragraph(t("guide.cost", v))));
            if (!step.bring().isEmpty()) {
                UnorderedList bring = new UnorderedList();
                step.bring().forEach(b -> bring.add(new ListItem(b)));
                item.add(new Paragraph(t("guide.bring")), bring);
            }
            if (step.orNext()) {
                item.add(new Paragraph(new Span(t("guide.orNext"))));
            }
            list.add(item);
        }
        summary.add(new H3(t("takeAway.steps")), list);
        summary.add(TakeAwayOptions.closing(this, language(), text.officialLink().toString(), text.lastReviewed()));
        return summary;
    }

    @Override
    public KioskScreenKind kind() {
        return KioskScreenKind.TAKE_AWAY;
    }

    @Override
    protected String titleKey() {
        return "takeAway.title";
    }
}
