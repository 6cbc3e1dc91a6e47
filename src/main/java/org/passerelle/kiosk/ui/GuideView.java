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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.kiosk.AnswerFeedback;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Markdown;
import org.passerelle.knowledge.Step;

/**
 * A guide, one step per screen: "Step 2 of 5", the step in plain words, what it costs, how long it takes
 * and what to bring, and big Back / Next buttons. Optional steps and "do this or that" are said in words,
 * not only shown with colour.
 */
@Route(value = KioskRoutes.GUIDE_STEP, layout = KioskLayout.class)
@AnonymousAllowed
public class GuideView extends GuidePage {

    private int step = 1;

    private final AnswerFeedback feedback;
    private final KioskIdentity identity;

    GuideView(KioskSession session, KnowledgeService knowledge, AnswerFeedback feedback, KioskIdentity identity) {
        super(session, knowledge);
        this.feedback = feedback;
        this.identity = identity;
        addClassName("guide-view");
    }

    static RouteParameters at(String guideId, int step) {
        return new RouteParameters(Map.of("guideId", guideId, "step", String.valueOf(step)));
    }

    static void open(String guideId, int step) {
        UI.getCurrent().navigate(GuideView.class, at(guideId, step));
    }

    /** Where a {@code guide:} link in a step's text goes. */
    static String href(String guideId) {
        return KioskRoutes.guideStep(guideId, 1);
    }

    @Override
    protected void enter(BeforeEnterEvent event, Guide found) {
        int count = found.text(language()).steps().size();
        int requested = event.getRouteParameters().getInteger("step").orElse(1);
        int clamped = Math.max(1, Math.min(count, requested));
        if (clamped != requested) {
            event.forwardTo(GuideView.class, at(found.id(), clamped));
            return;
        }
        step = clamped;
        session.reached(found.id(), step);
    }

    @Override
    protected void render(Guide current, GuideText text) {
        List<Step> steps = text.steps();
        Step shown = steps.get(step - 1);

        H1 title = new H1(text.title());
        title.addClassName("guide-title");
        Paragraph progress = new Paragraph(t("guide.progress", step, steps.size()));
        progress.addClassName("progress-text");
        Div bar = new Div();
        bar.addClassName("progress-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        for (int i = 1; i <= steps.size(); i++) {
            Div dot = new Div();
            dot.addClassName(i < step ? "done" : i == step ? "current" : "todo");
            bar.add(dot);
        }

        Section card = new Section();
        card.addClassName("step-card");
        card.add(new H2(shown.title()));
        if (shown.optional()) {
            card.add(note("question", t("guide.optional")));
        }
        if (shown.orNext() && step < steps.size()) {
            card.add(note("list", t("guide.orNext")));
        }
        if (step > 1 && steps.get(step - 2).orNext()) {
            card.add(note("list", t("guide.orPrevious")));
        }
        card.add(new Html("<div class=\"step-body\">" + Markdown.toSafeHtml(shown.body(), GuideView::href,
                Map.of("router-link", "")) + "</div>"));
        card.add(details(shown));

        Button back = bigButton("arrow-left", t("guide.back"),
                () -> {
                    if (step > 1) {
                        open(current.id(), step - 1);
                    } else {
                        go(HomeView.class);
                    }
                });
        back.addClassName("back-button");
        Button next = step < steps.size()
                ? bigButton("arrow-right", t("guide.next"), () -> open(current.id(), step + 1))
                : bigButton("check", t("guide.finished"), () -> GuideDoneView.open(current.id()));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setIconAfterText(true);
        next.addClassName("next-button");
        Div nav = new Div(back, next);
        nav.addClassName("step-nav");
        add(title, progress, bar, card, nav);
        session.openedForQuestion(current.id()).ifPresent(answered -> {
            // The assistant opened this guide for a question: one tap says it was the wrong one.
            Button wrong = new Button(t("wrong.notWhatIAsked"), e -> {
                feedback.notWhatIAsked(identity.label(), answered.language(), answered.guideId(), answered.question());
                session.reportedWrong();
                go(AskView.class);
            });
            wrong.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
            wrong.addClassName("not-what-i-asked");
            add(wrong);
        });
    }

    private Div details(Step shown) {
        Div details = new Div();
        details.addClassName("step-details");
        shown.time().ifPresent(v -> details.add(new Paragraph(KioskIcon.of("clock"), new Span(t("guide.time", v)))));
        shown.cost().ifPresent(v -> details.add(new Paragraph(KioskIcon.of("money"), new Span(t("guide.cost", v)))));
        if (!shown.bring().isEmpty()) {
            UnorderedList bring = new UnorderedList();
            shown.bring().forEach(item -> bring.add(new ListItem(item)));
            details.add(new H3(t("guide.bring")), bring);
        }
        return details;
    }

    @Override
    public Place place() {
        return Place.GUIDE_STEP;
    }

    @Override
    protected String titleKey() {
        return "guide.title";
    }

    @Override
    public String getPageTitle() {
        return guide.map(g -> t("guide.progress", step, g.text(language()).steps().size()) + " — "
                + g.text(language()).title() + " — Passerelle").orElseGet(super::getPageTitle);
    }
}
