package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.passerelle.assistant.Answer;
import org.passerelle.assistant.Answer.Clarification;
import org.passerelle.assistant.Answer.Confirmation;
import org.passerelle.assistant.Answer.GuideAnswer;
import org.passerelle.assistant.Answer.InvalidQuestion;
import org.passerelle.assistant.Answer.NotUnderstood;
import org.passerelle.assistant.Answer.ReferralAnswer;
import org.passerelle.assistant.Answer.SystemReply;
import org.passerelle.assistant.Conversation.Turn;
import org.passerelle.kiosk.AnswerFeedback;
import org.passerelle.kiosk.KioskSettings;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.LifeEvent;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.SystemIntent;
import org.passerelle.referral.Referral;
import org.passerelle.referral.Referral.ReferralEntry;
import org.passerelle.search.SearchService;
import org.passerelle.kiosk.KioskScreenKind;

/**
 * The conversation: each question the person asked and what the kiosk answered — a guide to start, a
 * "did you mean…?" with big buttons, or an honest "I did not understand" with tips and a person to ask.
 * The question box stays under the last answer.
 */
@Route(value = "ask", layout = KioskLayout.class)
@AnonymousAllowed
public class AskView extends KioskPage {

    /** A pasted essay is shown cut short; the assistant has already said it is too long. */
    private static final int SHOWN_QUESTION_CHARS = 300;

    private final SearchService search;
    private final KioskSettings settings;
    private final KioskIdentity identity;
    private final AnswerFeedback feedback;
    private final KnowledgeService knowledge;
    private final KioskProvince province;
    private @Nullable Div lastReply;
    private boolean replyFocusedOnArrival;
    private boolean sorryOnArrival;

    AskView(KioskSession session, SearchService search, KioskSettings settings, KioskIdentity identity,
            AnswerFeedback feedback, KnowledgeService knowledge,
            KioskProvince province) {
        super(session);
        this.feedback = feedback;
        this.knowledge = knowledge;
        this.province = province;
        this.search = search;
        this.settings = settings;
        this.identity = identity;
        addClassName("ask-view");
    }

    /** A question asked on Home arrives here: the screen opens on its answer (focused, and announced). */
    @Override
    protected void enter(BeforeEnterEvent event) {
        replyFocusedOnArrival = false;
        sorryOnArrival = session.takeSorry();
        session.takePendingQuestion().ifPresent(question -> {
            announce(announcement(answer(question)));
            replyFocusedOnArrival = true;
        });
    }

    void ask(String question) {
        sorryOnArrival = false;
        Answer answer = answer(question);
        render();
        if (lastReply != null) {
            focus(lastReply);
        }
        announce(announcement(answer));
    }

    /** Asks the assistant and tells the features that learn from questions (content gaps) what happened. */
    private Answer answer(String question) {
        return feedback.ask(session.conversation(), kioskId(), question, language());
    }

    /** What a screen reader says when an answer arrives: its gist, in the answer's language. */
    private String announcement(Answer answer) {
        return switch (answer) {
            case GuideAnswer g -> t(g.language(), "ask.answered.guide", g.guide().text(g.language()).title());
            case Confirmation c -> t(c.language(), "ask.answered.confirm", c.guide().text(c.language()).title());
            case Clarification c -> t(c.language(), "clarify.heading");
            case NotUnderstood n -> t(n.language(), "notUnderstood.heading");
            case ReferralAnswer r -> t(r.language(), "referral.announce", r.referral().text(r.language()).title());
            case SystemReply s -> t(s.language(), "system." + s.intent().id());
            case InvalidQuestion i -> t(i.language(), "invalid." + i.problem().name().toLowerCase(Locale.ROOT));
        };
    }

    private String kioskId() {
        return identity.label();
    }

    @Override
    protected void render() {
        removeAll();
        add(new H1(t("ask.heading")));
        List<Turn> turns = session.conversation().turns();
        if (turns.isEmpty()) {
            add(new Paragraph(t("ask.intro")));
        }
        Div list = new Div();
        list.addClassName("turns");
        lastReply = null;
        turns.forEach(turn -> list.add(turn(turn)));
        if (lastReply != null && sorryOnArrival) {
            // Back from a guide the citizen said was not what they asked.
            lastReply.add(sorry());
            lastReply.getElement().setAttribute("data-focus-on-arrival", "");
        } else if (lastReply != null && replyFocusedOnArrival) {
            lastReply.getElement().setAttribute("data-focus-on-arrival", "");
        }
        QuestionBox box = new QuestionBox(search, language(), settings.suggestions(), this::ask);
        add(list, box);
    }

    private Div turn(Turn turn) {
        Div you = new Div();
        you.addClassName("you");
        String shown = turn.question().length() > SHOWN_QUESTION_CHARS
                ? turn.question().substring(0, SHOWN_QUESTION_CHARS) + "…" : turn.question();
        Span label = new Span(t("ask.youAsked"));
        label.addClassName("speaker");
        Span text = new Span(shown);
        text.addClassName("question-text");
        you.add(label, text);

        Div reply = new Div();
        reply.addClassName("reply");
        Answer answer = turn.answer();
        if (answer.language() != language()) {
            inLanguage(reply, answer.language());
        }
        switch (answer) {
            case GuideAnswer g -> reply.add(guideCard(turn.question(), g.guide(), g.language()));
            case Confirmation c -> reply.add(confirmation(turn.question(), c));
            case Clarification c -> reply.add(clarification(turn.question(), c));
            case NotUnderstood n -> reply.add(notUnderstood(n));
            case ReferralAnswer r -> reply.add(referralCard(r));
            case SystemReply s -> reply.add(systemReply(s));
            case InvalidQuestion i -> reply.add(new Paragraph(
                    t(i.language(), "invalid." + i.problem().name().toLowerCase(Locale.ROOT))));
        }
        Div turnBox = new Div(you, reply);
        turnBox.addClassName("turn");
        lastReply = reply;
        return turnBox;
    }

    private Component[] guideCard(String question, Guide guide, Language l) {
        GuideText text = guide.text(l);
        Div card = new Div();
        card.addClassName("guide-card");
        H2 title = new H2(text.title());
        Paragraph summary = new Paragraph(text.summary());
        Paragraph size = new Paragraph(t(l, "guide.stepCount", text.steps().size()));
        size.addClassName("step-count");
        Button start = bigButton("arrow-right", t(l, "guide.start"), () -> openForQuestion(guide, question, l));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setIconAfterText(true);
        Button wrong = new Button(t(l, "wrong.notWhatIAsked"));
        wrong.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        wrong.addClassName("not-what-i-asked");
        wrong.addClickListener(e -> {
            feedback.notWhatIAsked(kioskId(), l, guide.id(), question);
            start.setEnabled(false);
            wrong.setEnabled(false);
            saySorry(card);
        });
        card.add(title, summary, size, start, wrong);
        // A guide that is one step of a life event says so: after "survivor's pension" the citizen sees that telling
        // the government and the taxes of the person who died come with it.
        for (LifeEvent event : knowledge.current().lifeEventsWithGuide(guide.id())) {
            RouterLink link = new RouterLink(event.text(l).title(), LifeEventView.class, LifeEventView.at(event.id()));
            Paragraph partOf = new Paragraph(new Span(t(l, "ask.partOfLifeEvent") + " "), link);
            partOf.addClassName("life-event-mention");
            card.add(partOf);
        }
        return new Component[] {card};
    }

    /** Opens a guide the assistant answered with; its screen offers "This is not what I asked". */
    private void openForQuestion(Guide guide, String question, Language l) {
        session.openedForQuestion(new KioskSession.AnsweredGuide(guide.id(), question, l));
        GuideView.open(guide.id(), 1);
    }

    /** "Is this what you need?": the guide's title and summary, with Yes / No / Talk to a person. */
    private Component[] confirmation(String question, Confirmation c) {
        Language l = c.language();
        GuideText text = c.guide().text(l);
        Div card = new Div();
        card.addClassName("confirm-card");
        H2 heading = new H2(t(l, "confirm.heading"));
        H3 title = new H3(text.title());
        title.addClassName("confirm-title");
        Paragraph summary = new Paragraph(text.summary());
        Button yes = bigButton("check", t(l, "confirm.yes"), () -> {
            feedback.confirmation(kioskId(), l, c.guide().id(), question, true);
            openForQuestion(c.guide(), question, l);
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.addClassName("confirm-yes");
        Button no = new Button(t(l, "confirm.no"));
        no.addThemeVariants(ButtonVariant.LUMO_LARGE);
        no.addClassName("confirm-no");
        Button person = bigButton("help-person", t(l, "confirm.person"), this::requestHelp);
        person.addClassName("confirm-person");
        no.addClickListener(e -> {
            feedback.confirmation(kioskId(), l, c.guide().id(), question, false);
            yes.setEnabled(false);
            no.setEnabled(false);
            saySorry(card);
        });
        Div buttons = new Div(yes, no, person);
        buttons.addClassName("confirm-buttons");
        card.add(heading, title, summary, buttons);
        return new Component[] {card};
    }

    /** After a wrong answer: sorry, ask in other words, or browse the topics (or ask a person). */
    private Div sorry() {
        Paragraph text = new Paragraph(t("wrong.reply"));
        text.addClassName("wrong-reply-text");
        Button browse = bigButton("home", t("wrong.browse"), () -> go(HomeView.class));
        browse.addClassName("browse-topics");
        Div box = new Div(text, browse, bigButton("help-person", t("layout.help"), this::requestHelp));
        box.addClassName("wrong-reply");
        return box;
    }

    private void saySorry(Div card) {
        Div box = sorry();
        card.add(box);
        focus(box.getComponentAt(0));
        announce(t("wrong.reply"));
    }

    private Component[] clarification(String question, Clarification c) {
        Language l = c.language();
        List<String> offered = c.candidates().stream().map(Guide::id).toList();
        H2 heading = new H2(t(l, "clarify.heading"));
        UnorderedList choices = new UnorderedList();
        choices.addClassName("choices");
        for (Guide guide : c.candidates()) {
            GuideText text = guide.text(l);
            Button choice = new Button(text.title(), e -> {
                feedback.clarified(kioskId(), l, guide.id(), offered, question);
                GuideView.open(guide.id(), 1);
            });
            choice.addThemeVariants(ButtonVariant.LUMO_LARGE);
            choice.addClassName("choice");
            choices.add(new ListItem(choice));
        }
        Button none = new Button(t(l, "clarify.none"), e -> {
            feedback.clarified(kioskId(), l, null, offered, question);
            noneOfThese(e.getSource());
        });
        none.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        none.addClassName("choice-none");
        choices.add(new ListItem(none));
        return new Component[] {heading, choices};
    }

    private void noneOfThese(Button none) {
        Div reply = (Div) none.findAncestor(Div.class);
        Paragraph answer = new Paragraph(t("clarify.none.reply"));
        answer.addClassName("none-reply");
        Button help = bigButton("help-person", t("layout.help"), this::requestHelp);
        none.setEnabled(false);
        if (reply != null) {
            reply.add(answer, help);
            focus(answer);
        }
        announce(t("clarify.none.reply"));
    }

    private Component[] notUnderstood(NotUnderstood n) {
        Language l = n.language();
        H2 heading = new H2(t(l, "notUnderstood.heading"));
        Div tips = new Div(new Paragraph(t(l, "notUnderstood.tips.intro")));
        UnorderedList tipList = new UnorderedList(new ListItem(t(l, "notUnderstood.tip.words")),
                new ListItem(t(l, "notUnderstood.tip.topic")), new ListItem(t(l, "notUnderstood.tip.spelling")));
        tips.add(tipList);
        tips.addClassName("tips");
        Div helper = new Div(new Paragraph(t(l, n.helperFirst() ? "notUnderstood.helper.first" : "notUnderstood.helper")),
                bigButton("help-person", t(l, "layout.help"), this::requestHelp));
        helper.addClassName("helper-offer");
        Div box = new Div();
        box.add(heading);
        n.didYouMean().ifPresent(suggestion -> {
            Button retry = new Button(t(l, "notUnderstood.didYouMean", suggestion), e -> ask(suggestion));
            retry.addThemeVariants(ButtonVariant.LUMO_LARGE);
            retry.addClassName("did-you-mean");
            box.add(retry);
        });
        if (n.helperFirst()) {
            box.add(helper, tips);
        } else {
            box.add(tips, helper);
        }
        return new Component[] {box};
    }

    /**
     * Who runs the service the question is about, for the province of this kiosk's site, with its official page (a
     * link and a QR code to take away), the date it was checked, a person to ask, and any guide of ours that shares the
     * question's words.
     */
    private Component[] referralCard(ReferralAnswer r) {
        Language l = r.language();
        Referral referral = r.referral();
        Referral.ReferralText text = referral.text(l);
        Div card = new Div();
        card.addClassName("referral-card");
        card.add(new H2(text.title()), new Paragraph(text.summary()));
        referral.entryFor(province.current(), l).ifPresent((ReferralEntry entry) -> {
            Paragraph who = new Paragraph(t(l, "referral.who", entry.who()));
            who.addClassName("referral-who");
            Paragraph where = new Paragraph(entry.text());
            where.addClassName("referral-text");
            Anchor official = new Anchor(entry.link(), t(l, "referral.officialLink"), AnchorTarget.BLANK);
            official.getElement().setAttribute("rel", "noopener noreferrer");
            official.addClassName("official-link");
            card.add(who, where, new Paragraph(official));
            try {
                card.add(new Html("<div class=\"qr\">" + QrCodeSvg.svg(entry.link(), t(l, "takeAway.qr.label")) + "</div>"));
            } catch (IllegalArgumentException notAPublicPage) {
                // The link alone is enough; a QR code is a convenience.
            }
        });
        Paragraph reviewed = new Paragraph(t(l, "guide.lastReviewed",
                referral.lastReviewed().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l.locale()))));
        reviewed.addClassName("last-reviewed");
        Div helper = new Div(new Paragraph(t(l, "referral.helper")),
                bigButton("help-person", t(l, "layout.help"), this::requestHelp));
        helper.addClassName("helper-offer");
        // What a guide has at its end: read it aloud, take it away (QR code and paper).
        Button read = bigButton("speaker", t(l, "referral.readAloud"), () -> readAloud(card));
        read.addClassName("referral-read-aloud");
        Button takeAway = bigButton("print", t(l, "referral.takeAway"), () -> ReferralTakeAwayView.open(referral.id()));
        takeAway.addClassName("referral-take-away");
        Div actions = new Div(read, takeAway);
        actions.addClassName("referral-actions");
        // Read aloud says the card, not the names of its own buttons.
        actions.addClassName("sr-skip");
        card.add(reviewed, actions, helper);
        if (r.alsoOffered().isEmpty()) {
            return new Component[] {card};
        }
        H2 also = new H2(t(l, "referral.also"));
        UnorderedList choices = new UnorderedList();
        choices.addClassName("choices");
        for (Guide guide : r.alsoOffered()) {
            Button choice = new Button(guide.text(l).title(), e -> GuideView.open(guide.id(), 1));
            choice.addThemeVariants(ButtonVariant.LUMO_LARGE);
            choice.addClassName("choice");
            choices.add(new ListItem(choice));
        }
        return new Component[] {card, also, choices};
    }

    private Component[] systemReply(SystemReply s) {
        Paragraph text = new Paragraph(t(s.language(), "system." + s.intent().id()));
        if (s.intent() == SystemIntent.ASK_PERSON) {
            return new Component[] {text, bigButton("help-person", t(s.language(), "layout.help"), this::requestHelp)};
        }
        return new Component[] {text};
    }

    @Override
    public KioskScreenKind kind() {
        return KioskScreenKind.CONVERSATION;
    }

    @Override
    protected String titleKey() {
        return "ask.title";
    }
}
