package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.passerelle.assistant.Answer;
import org.passerelle.assistant.Answer.Clarification;
import org.passerelle.assistant.Answer.GuideAnswer;
import org.passerelle.assistant.Answer.InvalidQuestion;
import org.passerelle.assistant.Answer.NotUnderstood;
import org.passerelle.assistant.Answer.SystemReply;
import org.passerelle.assistant.Assistant;
import org.passerelle.assistant.Conversation;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.Markdown;
import org.passerelle.knowledge.Step;

/**
 * The first kiosk page: type a question in English or French and see the answer — a guide with its
 * steps, a "did you mean" choice, or an honest "I did not understand". Every text comes from the
 * message files; everything the citizen typed is shown as text.
 */
@Route("")
public class AskView extends Main implements HasDynamicTitle {

    private final Conversation conversation;
    private final TextField question = new TextField();
    private final Button ask = new Button();
    private final Button switchLanguage = new Button();
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final Div answer = new Div();
    private Language language = Language.EN;

    public AskView(Assistant assistant) {
        this.conversation = new Conversation(assistant);
        addClassName("ask-view");

        switchLanguage.addClassName("language-switch");
        switchLanguage.addClickListener(e -> setLanguage(language.other()));

        question.addClassName("question");
        question.setClearButtonVisible(true);
        question.setMaxLength(10_000);
        question.setWidthFull();
        question.getElement().setAttribute("autocomplete", "off");
        question.getElement().setAttribute("spellcheck", "false");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        ask.addClickShortcut(Key.ENTER);
        ask.addClickListener(e -> submit());

        answer.addClassName("answer");
        answer.getElement().setAttribute("aria-live", "polite");

        HorizontalLayout askRow = new HorizontalLayout(question, ask);
        askRow.setWidthFull();
        askRow.setAlignItems(FlexComponent.Alignment.END);
        add(switchLanguage, heading, intro, askRow, answer);
        setLanguage(Language.EN);
    }

    private void setLanguage(Language newLanguage) {
        language = newLanguage;
        UI.getCurrent().setLocale(language.locale());
        UI.getCurrent().getElement().setAttribute("lang", language.code());
        UI.getCurrent().getPage().executeJs("document.documentElement.lang = $0", language.code());
        UI.getCurrent().getPage().setTitle(getPageTitle());
        switchLanguage.setText(t("language.switch"));
        switchLanguage.getElement().setAttribute("lang", language.other().code());
        heading.setText(t("ask.heading"));
        intro.setText(t("ask.intro"));
        question.setLabel(t("ask.label"));
        question.setPlaceholder(t("ask.placeholder"));
        ask.setText(t("ask.button"));
        answer.removeAll();
    }

    private void submit() {
        Answer reply = conversation.ask(question.getValue(), language);
        answer.removeAll();
        answer.getElement().setAttribute("lang", reply.language().code());
        switch (reply) {
            case GuideAnswer g -> answer.add(guideCard(g.guide(), g.language()));
            case Clarification c -> showClarification(c);
            case NotUnderstood n -> showNotUnderstood(n);
            case SystemReply s -> answer.add(new Paragraph(t(s.language(), "system." + s.intent().id())));
            case InvalidQuestion i -> answer.add(new Paragraph(t(i.language(), "invalid." + i.problem().name().toLowerCase(java.util.Locale.ROOT))));
        }
    }

    private void showClarification(Clarification c) {
        answer.add(new H2(t(c.language(), "clarify.heading")));
        Div choices = new Div();
        choices.addClassName("choices");
        for (Guide g : c.candidates()) {
            Button choice = new Button(g.text(c.language()).title(), e -> {
                answer.removeAll();
                answer.add(guideCard(g, c.language()));
            });
            choice.addThemeVariants(ButtonVariant.LUMO_LARGE);
            choices.add(choice);
        }
        Button none = new Button(t(c.language(), "clarify.none"), e -> {
            answer.removeAll();
            answer.add(new Paragraph(t(c.language(), "clarify.none.reply")));
            question.focus();
        });
        none.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        choices.add(none);
        answer.add(choices);
    }

    private void showNotUnderstood(NotUnderstood n) {
        Language l = n.language();
        answer.add(new H2(t(l, "notUnderstood.heading")));
        Paragraph helper = new Paragraph(t(l, "notUnderstood.helper"));
        Paragraph tips = new Paragraph(t(l, "notUnderstood.tips"));
        if (n.helperFirst()) {
            answer.add(helper, tips);
        } else {
            answer.add(tips, helper);
        }
        n.didYouMean().ifPresent(suggestion -> {
            Button retry = new Button(t(l, "notUnderstood.didYouMean", suggestion), e -> {
                question.setValue(suggestion);
                submit();
            });
            answer.add(retry);
        });
    }

    private Div guideCard(Guide guide, Language l) {
        GuideText text = guide.text(l);
        Div card = new Div();
        card.addClassName("guide-card");
        card.add(new H2(text.title()), new Paragraph(text.summary()));
        OrderedList steps = new OrderedList();
        for (Step step : text.steps()) {
            ListItem item = new ListItem();
            item.add(new H3(step.title()));
            if (step.optional()) {
                item.add(new Span(t(l, "guide.optional")));
            }
            item.add(new Html("<div class=\"step-body\">" + Markdown.toSafeHtml(step.body()) + "</div>"));
            step.time().ifPresent(v -> item.add(new Paragraph(t(l, "guide.time", v))));
            step.cost().ifPresent(v -> item.add(new Paragraph(t(l, "guide.cost", v))));
            if (!step.bring().isEmpty()) {
                item.add(new Paragraph(t(l, "guide.bring", String.join(", ", step.bring()))));
            }
            if (step.orNext()) {
                item.add(new Paragraph(t(l, "guide.or")));
            }
            steps.add(item);
        }
        Anchor official = new Anchor(text.officialLink().toString(), t(l, "guide.officialLink"), AnchorTarget.BLANK);
        official.getElement().setAttribute("rel", "noopener noreferrer");
        card.add(steps, official, new Paragraph(t(l, "guide.lastReviewed",
                text.lastReviewed().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l.locale())))));
        return card;
    }

    private String t(String key, Object... params) {
        return t(language, key, params);
    }

    private String t(Language l, String key, Object... params) {
        return getTranslation(l.locale(), key, params);
    }

    @Override
    public String getPageTitle() {
        return t("app.title");
    }
}
