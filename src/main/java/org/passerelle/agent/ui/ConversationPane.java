package org.passerelle.agent.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.passerelle.handoff.ChatLine;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpOutcome;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.handoff.Speaker;
import org.passerelle.handoff.KioskInfo;
import org.passerelle.handoff.Note;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;

/**
 * One help request in the console: what the kiosk knew, the last transfer's note (read first), the actions, the
 * conversation, and — for the agent who holds it — the message box, fixed at the bottom of the pane while the
 * conversation scrolls above it. The pane is updated in place: new lines are appended and the facts redrawn, but the
 * message box is never rebuilt, so an agent typing keeps the focus and their text when the citizen writes.
 */
class ConversationPane extends Div {

    /** Canned replies, each in both languages; the one in the citizen's language is sent. */
    static final List<String> CANNED = List.of("agent.canned.hello", "agent.canned.coming", "agent.canned.moment",
            "agent.canned.counter", "agent.canned.bye");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** What the pane asks of the console: run an action (errors become messages), open the transfer dialog. */
    interface Actions {
        boolean act(Supplier<?> action);

        void transfer(HelpRequestSummary request);
    }

    private final HandoffService handoff;
    private final KnowledgeService knowledge;
    private final Clock clock;
    private final RequestLabels labels;
    private final String agent;
    private final Actions actions;
    private final long id;
    /** Built for the agent who holds it (message box, guide, notes) or for someone looking at it. */
    private final boolean mine;

    private final Div top = new Div();
    private final Div lines = new Div();
    private final Div notesList = new Div();
    private final TextArea message = new TextArea();
    private final TextArea noteField = new TextArea();
    private int linesShown;
    private int notesShown = -1;

    ConversationPane(HandoffService handoff, KnowledgeService knowledge, RequestLabels labels, Actions actions,
            HelpRequestSummary request) {
        this.handoff = handoff;
        this.knowledge = knowledge;
        this.clock = labels.clock();
        this.labels = labels;
        this.agent = labels.agent();
        this.actions = actions;
        this.id = request.id();
        this.mine = RequestLabels.holds(agent, request);
        addClassName("conversation-pane");
        top.addClassName("conversation-top");
        add(top);
        if (mine) {
            add(tools(request));
        }
        if (mine || !request.status().open()) {
            add(notes());
        }
        add(transcript());
        if (mine) {
            add(chatForm(request));
        }
        update(request);
    }

    /** The request came from a kiosk (not the web chat or the API): its automated lines are the kiosk's. */
    private boolean inPerson = true;

    long requestId() {
        return id;
    }

    boolean mine() {
        return mine;
    }

    /** Redraws the facts and actions, and adds the lines and notes not shown yet; the message box stays as it is. */
    void update(HelpRequestSummary request) {
        inPerson = request.channel().inPerson();
        top.removeAll();
        if (request.channel().inPerson()) {
            KioskInfo kiosk = handoff.kiosk(request.kioskId())
                    .orElse(new KioskInfo(request.kioskId(), request.kioskId(), "", 0));
            top.add(new H2(kiosk.name() + " — " + kiosk.location()));
        } else {
            top.add(new H2(t("agent.channel." + request.channel().name().toLowerCase(Locale.ROOT))));
            // Said up front, and the button left out: nobody can walk over to a web page.
            Paragraph remote = new Paragraph(t("agent.comingOver.notInPerson"));
            remote.addClassName("not-in-person");
            top.add(remote);
        }
        transferLine(request).ifPresent(top::add);
        if (request.status().open() && request.citizenIdleSince() != null) {
            // Said before the kiosk clears itself, so the agent can stop writing to someone who is gone.
            Paragraph idle = new Paragraph(t("agent.citizenIdle"));
            idle.addClassName("citizen-idle");
            idle.getElement().setAttribute("role", "alert");
            top.add(idle);
        }
        Div facts = new Div(
                fact("agent.detail.language", labels.language(request)),
                fact("agent.detail.reason", labels.reason(request)),
                fact("agent.detail.guide", labels.askedFrom(request).orElse(t("agent.detail.noGuide"))),
                fact("agent.detail.status", labels.status(request)),
                fact("agent.detail.waiting", labels.waiting(request)));
        labels.sent(request).ifPresent(sent -> facts.add(fact("agent.detail.sentGuide", sent)));
        facts.addClassName("agent-facts");
        top.add(facts, actionBar(request));
        appendNewLines();
        refreshNotes();
    }

    /** The last transfer, read first by the agent it was handed to. */
    private Optional<Component> transferLine(HelpRequestSummary request) {
        if (request.transferredBy() == null || !request.status().open()) {
            return Optional.empty();
        }
        Div transfer = new Div();
        transfer.addClassName("transfer-note");
        transfer.add(new Paragraph(t("agent.transferred.from", request.transferredBy())));
        if (request.status() == HelpStatus.WAITING && request.toRemote()) {
            transfer.add(new Paragraph(t("agent.transferred.remote")));
        }
        Paragraph note = new Paragraph(request.transferNote() == null ? t("agent.transferred.noNote")
                : t("agent.transferred.note", request.transferNote()));
        note.addClassName("transfer-note-text");
        transfer.add(note);
        return Optional.of(transfer);
    }

    private Div actionBar(HelpRequestSummary request) {
        Div bar = new Div();
        bar.addClassName("agent-actions");
        if (request.status() == HelpStatus.WAITING) {
            Button claim = new Button(t("agent.claim"), e -> actions.act(() -> handoff.claim(id, agent)));
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            claim.addClassName("claim");
            claim.setDisableOnClick(true);
            bar.add(claim);
        } else if (RequestLabels.holds(agent, request)) {
            Button coming = new Button(t("agent.comingOver"), e -> actions.act(() -> handoff.comingOver(id, agent)));
            coming.addClassName("coming-over");
            coming.setEnabled(!request.comingOver());
            Button release = new Button(t("agent.release"), e -> actions.act(() -> handoff.release(id, agent)));
            release.addClassName("release");
            Button transfer = new Button(t("agent.transfer"), e -> actions.transfer(request));
            transfer.addClassName("transfer");
            Select<HelpOutcome> outcome = new Select<>();
            outcome.setLabel(t("agent.outcome"));
            outcome.setItems(HelpOutcome.values());
            outcome.setItemLabelGenerator(o -> t("agent.outcome." + o.name().toLowerCase(Locale.ROOT)));
            outcome.setValue(HelpOutcome.RESOLVED);
            outcome.addClassName("outcome");
            Button close = new Button(t("agent.close"), e -> actions.act(() -> handoff.close(id, agent, outcome.getValue())));
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            close.addClassName("close-request");
            coming.setVisible(request.channel().inPerson());
            bar.add(coming, release, transfer, outcome, close);
        } else if (request.agent() != null && request.status().open()) {
            bar.add(new Paragraph(t("agent.takenBy", request.agent())));
        }
        return bar;
    }

    private Section transcript() {
        Section section = new Section(new H3(t("agent.transcript")));
        section.addClassName("agent-transcript");
        lines.addClassName("transcript-lines");
        lines.getElement().setAttribute("role", "log");
        lines.getElement().setAttribute("aria-label", t("agent.transcript"));
        // It scrolls: reachable by keyboard too (axe: scrollable-region-focusable).
        lines.getElement().setAttribute("tabindex", "0");
        section.add(lines);
        return section;
    }

    /** Adds the lines of the conversation not shown yet, and keeps the newest in view. */
    void appendNewLines() {
        List<ChatLine> conversation = handoff.conversation(id);
        if (conversation.isEmpty()) {
            if (lines.getComponentCount() == 0) {
                Paragraph empty = new Paragraph(t("agent.transcript.empty"));
                empty.addClassName("transcript-empty");
                lines.add(empty);
            }
            return;
        }
        if (linesShown == 0) {
            lines.removeAll();
        }
        if (conversation.size() <= linesShown) {
            return;
        }
        for (ChatLine line : conversation.subList(linesShown, conversation.size())) {
            Div row = new Div();
            row.addClassName("line-" + line.speaker().name().toLowerCase(Locale.ROOT));
            // the answers a web chat gave are the assistant's, not a kiosk's
            Span who = new Span(t(line.speaker() == Speaker.KIOSK && !inPerson ? "agent.speaker.assistant"
                    : "agent.speaker." + line.speaker().name().toLowerCase(Locale.ROOT)));
            who.addClassName("speaker");
            Span at = new Span(TIME.format(line.at().atZone(clock.getZone())));
            at.addClassName("at");
            Span text = new Span(line.text());
            text.addClassName("text");
            row.add(at, who, text);
            lines.add(row);
        }
        linesShown = conversation.size();
        lines.getElement().executeJs("this.scrollTop = this.scrollHeight");
    }

    /** How many lines of the conversation the pane shows. */
    int linesShown() {
        return linesShown;
    }

    /** Canned replies, the guide to send and the private notes: above the conversation, out of the message box's way. */
    private Div tools(HelpRequestSummary request) {
        Div tools = new Div();
        tools.addClassName("conversation-tools");
        Div canned = new Div();
        canned.addClassName("canned");
        Locale citizen = request.language().locale();
        for (String key : CANNED) {
            String text = getTranslation(citizen, key);
            Button reply = new Button(text, e -> send(text));
            reply.addThemeVariants(ButtonVariant.LUMO_SMALL);
            reply.getElement().setAttribute("lang", request.language().code());
            canned.add(reply);
        }
        Details quick = new Details(t("agent.canned"), canned);
        quick.addClassName("canned-replies");
        quick.setOpened(true);
        tools.add(quick, guideForm(request));
        return tools;
    }

    private Section chatForm(HelpRequestSummary request) {
        Section section = new Section();
        section.addClassName("agent-chat");
        // A named region, so the box at the bottom is found as a landmark too.
        section.getElement().setAttribute("aria-label", t("agent.chat"));
        message.addClassName("agent-message");
        message.setMaxLength(2000);
        message.setLabel(t("agent.chat.label", labels.language(request)));
        // The kiosk says "A staff member is writing…": the value reaches the server at most every 2 s while typing.
        message.setValueChangeMode(ValueChangeMode.TIMEOUT);
        message.setValueChangeTimeout(2000);
        message.addValueChangeListener(e -> {
            if (e.isFromClient() && !e.getValue().isBlank()) {
                handoff.agentTyping(id, agent);
            }
        });
        Button send = new Button(t("agent.chat.send"), e -> send(message.getValue()));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send");
        section.add(message, send);
        return section;
    }

    private void send(String text) {
        if (actions.act(() -> handoff.agentSays(id, agent, text))) {
            message.clear();
        }
    }

    private Section guideForm(HelpRequestSummary request) {
        Section section = new Section(new H3(t("agent.sendGuide")));
        section.addClassName("agent-send-guide");
        Language l = request.language();
        ComboBox<Guide> guides = new ComboBox<>(t("agent.sendGuide.guide"));
        guides.setItems(knowledge.current().guides());
        guides.setItemLabelGenerator(g -> g.text(l).title());
        guides.addClassName("guide-choice");
        IntegerField step = new IntegerField(t("agent.sendGuide.step"));
        step.setMin(1);
        step.setValue(1);
        step.setStepButtonsVisible(true);
        step.addClassName("guide-step");
        if (request.guideId() != null) {
            knowledge.current().guide(request.guideId()).ifPresent(guides::setValue);
            step.setValue(request.step() == null ? 1 : request.step());
        }
        Button send = new Button(t("agent.sendGuide.send"), e -> {
            Guide guide = guides.getValue();
            if (guide == null) {
                Notification.show(t("agent.sendGuide.none"));
                return;
            }
            int steps = guide.text(l).steps().size();
            int chosen = Math.max(1, Math.min(steps, step.getValue() == null ? 1 : step.getValue()));
            actions.act(() -> {
                handoff.sendGuide(id, agent, guide.id(), chosen);
                return Boolean.TRUE;
            });
        });
        send.addClassName("send-guide");
        section.add(guides, step, send);
        return section;
    }

    private Section notes() {
        Section section = new Section(new H3(t("agent.notes")));
        section.addClassName("agent-notes");
        section.add(new Paragraph(t("agent.notes.private")), notesList);
        if (mine) {
            noteField.addClassName("agent-note");
            noteField.setMaxLength(2000);
            noteField.setLabel(t("agent.notes.label"));
            Button add = new Button(t("agent.notes.add"), e -> {
                if (actions.act(() -> handoff.note(id, agent, noteField.getValue()))) {
                    noteField.clear();
                }
            });
            add.addClassName("add-note");
            section.add(noteField, add);
        }
        return section;
    }

    private void refreshNotes() {
        List<Note> all = handoff.notes(id);
        if (all.size() == notesShown) {
            return;
        }
        notesList.removeAll();
        for (Note note : all) {
            Paragraph p = new Paragraph(TIME.format(note.at().atZone(clock.getZone())) + " " + note.author() + ": " + note.text());
            p.addClassName("note-line");
            notesList.add(p);
        }
        notesShown = all.size();
    }

    // ---- Helpers -----------------------------------------------------------------------------------

    private Component fact(String key, String value) {
        Paragraph p = new Paragraph();
        Span label = new Span(t(key));
        label.addClassName("fact-label");
        p.add(label, new Span(" " + value));
        return p;
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
