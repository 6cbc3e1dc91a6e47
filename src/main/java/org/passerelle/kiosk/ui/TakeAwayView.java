package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
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
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Markdown;
import org.passerelle.knowledge.Step;

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

        Section phone = new Section(new H2(t("takeAway.phone")));
        phone.addClassName("take-away-phone");
        phone.addClassName("no-print");
        Html qr = new Html("<div class=\"qr\">" + QrCodeSvg.svg(text.officialLink().toString(), t("takeAway.qr.label")) + "</div>");
        phone.add(qr, new Paragraph(t("takeAway.phone.text")));
        Paragraph url = new Paragraph(text.officialLink().toString());
        url.addClassName("url");
        phone.add(url);

        Section paper = new Section(new H2(t("takeAway.paper")), new Paragraph(t("takeAway.paper.text")));
        paper.addClassName("take-away-paper");
        paper.addClassName("no-print");
        Button print = bigButton("print", t("takeAway.print"), () -> UI.getCurrent().getPage().executeJs("window.passerelle.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        paper.add(print);

        Div options = new Div(phone, paper);
        options.addClassName("take-away-options");
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
        summary.add(new Paragraph(t("takeAway.officialPage", text.officialLink().toString())));
        summary.add(new Paragraph(t("guide.lastReviewed",
                text.lastReviewed().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language().locale())))));
        Paragraph footer = new Paragraph(t("takeAway.footer"));
        footer.addClassName("print-footer");
        summary.add(footer);
        return summary;
    }

    @Override
    protected String titleKey() {
        return "takeAway.title";
    }
}
