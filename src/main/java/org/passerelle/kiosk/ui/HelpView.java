package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.ChatLine;
import org.passerelle.handoff.HandoffException;
import org.passerelle.handoff.HandoffFeed;
import org.passerelle.handoff.StaffTyping;
import org.passerelle.handoff.HelpAvailability;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.handoff.Speaker;
import org.passerelle.handoff.HelpTicket;
import org.passerelle.kiosk.KioskScreenKind;

/**
 * Help from a person, told as it is for this kiosk now: someone here will come, a helper will write on this screen,
 * everyone is busy (the real place in line and about how long), or nobody can help now (when help is next
 * available, the other ways, and "leave a request" only where someone will see it). Once asked: what happens next;
 * the person can go back to what they were doing, or cancel.
 */
@Route(value = KioskRoutes.HELP, layout = KioskLayout.class)
@AnonymousAllowed
public class HelpView extends KioskPage {

    /** How often the place in line is refreshed while the person waits. */
    private static final int REFRESH_MILLIS = 15_000;

    private final HelpDesk helpDesk;
    private final Clock clock;
    private @Nullable HelpAvailability shownAvailability;
    private boolean cancelled;
    private @Nullable Registration polling;
    private @Nullable HelpTicket shown;
    private long shownVersion = -1;
    private int chatSize;
    private final Div status = new Div();
    private final Section chat = new Section();
    private final H2 chatHeading = new H2();
    private final Div chatLines = new Div();
    private final TextField reply = new TextField();
    private final Button send = bigButton("arrow-right", "", this::sendReply);
    /** "A staff member is writing…": a polite live region in the chat, empty when nobody writes. */
    private final Div typing = new Div();
    private @Nullable Instant typingUntil;
    private final HandoffFeed feed;
    private HandoffFeed.@Nullable Subscription followingTyping;

    HelpView(KioskSession session, HelpDesk helpDesk, Clock clock, HandoffFeed feed) {
        super(session);
        this.helpDesk = helpDesk;
        this.clock = clock;
        this.feed = feed;
        addClassName("help-view");
        reply.addClassName("chat-reply");
        reply.setWidthFull();
        reply.setMaxLength(QuestionBox.MAX_LENGTH);
        reply.setAutocomplete(Autocomplete.OFF);
        reply.setAutocorrect(false);
        reply.setAutocapitalize(Autocapitalize.NONE);
        status.addClassName("help-status");
        status.getElement().setAttribute("role", "status");
        // The chat is built once and kept: new messages are added to it, so that a person typing a reply keeps
        // the focus and what they typed when the agent writes.
        chat.addClassName("chat");
        chatHeading.setId("chat-heading");
        chat.getElement().setAttribute("aria-labelledby", "chat-heading");
        chatLines.addClassName("chat-lines");
        chatLines.getElement().setAttribute("role", "log");
        chatLines.getElement().setAttribute("aria-live", "polite");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("chat-send");
        send.addClickShortcut(Key.ENTER).listenOn(reply);
        Div row = new Div(reply, send);
        row.addClassName("question-row");
        typing.addClassName("staff-typing");
        typing.getElement().setAttribute("role", "status");
        typing.getElement().setAttribute("aria-live", "polite");
        chat.add(chatHeading, chatLines, typing, row);
    }

    @Override
    protected void render() {
        removeAll();
        Optional<HelpTicket> ticket = helpDesk.current(session);
        shown = ticket.orElse(null);
        shownVersion = helpDesk.version(session);
        shownAvailability = helpDesk.availability(session).orElse(null);
        if (ticket.isEmpty()) {
            renderOffer();
        } else {
            renderTicket(ticket.get());
        }
    }

    private void renderOffer() {
        if (cancelled) {
            add(new H1(t("help.cancelled")), new Paragraph(t("help.cancelled.text")));
        } else if (shownAvailability instanceof HelpAvailability.NobodyNow nobody) {
            renderNobodyNow(nobody);
        } else {
            Paragraph what = new Paragraph(offerText(shownAvailability));
            what.addClassName("help-availability-text");
            add(new H1(t("help.offer.heading")), what);
            Button call = bigButton("help-person", t(shownAvailability instanceof HelpAvailability.Busy
                    ? "help.offer.wait" : "help.offer.yes"), this::callPerson);
            call.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            call.setDisableOnClick(true);
            add(call);
        }
        add(backButton());
    }

    private String offerText(@Nullable HelpAvailability now) {
        return switch (now) {
            case null -> t("help.offer.text");
            case HelpAvailability.OnSite o -> t("help.offer.onSite");
            case HelpAvailability.Remote r -> t("help.offer.remote");
            case HelpAvailability.Busy b -> t("help.offer.busy", b.position(), HelpTimes.minutes(b.estimatedWait()));
            case HelpAvailability.NobodyNow n -> t("help.nobody.heading");
        };
    }

    /** Nobody can help now: said plainly, with when and how else, and a request only where someone will see it. */
    private void renderNobodyNow(HelpAvailability.NobodyNow nobody) {
        add(new H1(t("help.nobody.heading")));
        Div said = new Div();
        said.addClassName("help-nobody");
        said.getElement().setAttribute("role", "status");
        said.add(new Paragraph(t(nobody.reason() == HelpAvailability.NobodyNow.Reason.OUTSIDE_HOURS
                ? "help.nobody.outsideHours" : "help.nobody.noneOnDuty")));
        nobody.nextHelp().ifPresent(next -> {
            Paragraph when = new Paragraph(KioskIcon.of("clock"),
                    new Span(t("help.nobody.next", HelpTimes.when(next, language(), clock))));
            when.addClassName("help-next-time");
            said.add(when);
        });
        add(said);
        if (!nobody.otherWays().isBlank()) {
            Paragraph ways = new Paragraph(nobody.otherWays());
            ways.addClassName("help-other-ways");
            add(new H2(t("help.nobody.otherWays")), ways);
        }
        if (nobody.canLeaveRequest()) {
            add(new Paragraph(t("help.nobody.leave.text")));
            Button leave = bigButton("help-person", t("help.nobody.leave"), this::leaveRequest);
            leave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            leave.addClassName("leave-request");
            leave.setDisableOnClick(true);
            add(leave);
        }
    }

    private void renderTicket(HelpTicket ticket) {
        add(new H1(t("help.heading")));
        showStatus(ticket);
        UnorderedList next = new UnorderedList(new ListItem(t("help.next.person")), new ListItem(t("help.next.stay")),
                new ListItem(t("help.next.keepGoing")), new ListItem(t("help.next.private")));
        Button cancel = bigButton("cross", t("help.cancel"), this::cancel);
        cancel.setDisableOnClick(true);
        cancel.addClassName("cancel-help");
        Div actions = new Div(backButton(), cancel);
        actions.addClassName("help-actions");
        add(status);
        if (ticket.status() != HelpStatus.WAITING) {
            add(chat());
        }
        add(new H2(t("help.next")), next, actions);
    }

    /** Where the request stands: in line (place and wait), taken by a person, or a person coming over. */
    private void showStatus(HelpTicket ticket) {
        status.removeAll();
        boolean comingOver = helpDesk.comingOver(session);
        if (helpDesk.transferred(session)) {
            Paragraph transferred = new Paragraph(t("help.transferred"));
            transferred.addClassName("help-transferred");
            status.add(transferred);
        }
        if (ticket.status() == HelpStatus.WAITING) {
            status.add(new Paragraph(t("help.recorded")));
            switch (shownAvailability) {
                // A request left while nobody can help: no wait to promise, only when help is next available.
                case HelpAvailability.NobodyNow nobody -> {
                    status.add(new Paragraph(t("help.left.nobody")));
                    nobody.nextHelp().ifPresent(next -> status.add(new Paragraph(KioskIcon.of("clock"),
                            new Span(t("help.nobody.next", HelpTimes.when(next, language(), clock))))));
                }
                case HelpAvailability.Remote r -> status.add(new Paragraph(t("help.waiting.remote")));
                case null, default -> {
                    status.add(new Paragraph(KioskIcon.of("list"), new Span(t("help.position", ticket.position()))));
                    status.add(new Paragraph(KioskIcon.of("clock"), new Span(ticket.estimatedWait().isZero()
                            ? t("help.wait.soon") : t("help.wait", HelpTimes.minutes(ticket.estimatedWait())))));
                }
            }
        } else if (comingOver) {
            Paragraph coming = new Paragraph(KioskIcon.of("help-person"), new Span(t("help.comingOver")));
            coming.addClassName("coming-over");
            status.add(coming);
        } else {
            status.add(new Paragraph(t("help.claimed")));
        }
    }

    /** The live chat with the agent, drawn again from the start (a new screen, or the other language). */
    private Section chat() {
        chatHeading.setText(t("help.chat"));
        reply.setLabel(t("help.chat.label"));
        send.setText(t("help.chat.send"));
        chatLines.removeAll();
        chatSize = 0;
        hideTyping();
        addNewChatLines();
        return chat;
    }

    /** Adds the messages not shown yet, newest last; the rest of the screen stays as it is. */
    private void addNewChatLines() {
        List<ChatLine> conversation = helpDesk.chat(session);
        if (conversation.isEmpty()) {
            if (chatLines.getComponentCount() == 0) {
                Paragraph empty = new Paragraph(t("help.chat.empty"));
                empty.addClassName("chat-empty");
                chatLines.add(empty);
            }
            return;
        }
        chatLines.getChildren().filter(c -> c.hasClassName("chat-empty")).toList().forEach(chatLines::remove);
        for (ChatLine line : conversation.subList(Math.min(chatSize, conversation.size()), conversation.size())) {
            if (line.speaker() == Speaker.AGENT) {
                hideTyping(); // the message they were writing is here
            }
            Div bubble = new Div();
            bubble.addClassName(line.speaker() == Speaker.AGENT ? "chat-agent" : "chat-citizen");
            Span who = new Span(t(line.speaker() == Speaker.AGENT ? "help.chat.agent" : "help.chat.you"));
            who.addClassName("speaker");
            Span text = new Span(line.text());
            bubble.add(who, text);
            chatLines.add(bubble);
        }
        chatSize = conversation.size();
    }

    private void sendReply() {
        String text = reply.getValue();
        reply.clear();
        try {
            helpDesk.say(session, text);
        } catch (HandoffException e) {
            announce(t("handoff.problem." + e.problem().name().toLowerCase(Locale.ROOT)));
        }
        addNewChatLines();
        reply.focus();
    }

    @Override
    public Place place() {
        return Place.HELP;
    }

    /** Waiting for a person, with one (they took the request), or no request: the offer, or nobody now. */
    @Override
    public KioskScreenKind kind() {
        HelpTicket ticket = shown;
        if (ticket == null || !ticket.status().open()) {
            return KioskScreenKind.HELP;
        }
        return ticket.status() == HelpStatus.WAITING ? KioskScreenKind.HELP_WAITING : KioskScreenKind.HELP_CHAT;
    }

    @Override
    public void helpUpdated() {
        refresh();
    }

    /**
     * Changes only what changed — the status, the chat's new lines — so that a person typing a reply, using a
     * keyboard or a screen reader keeps their place (and their text) when the queue is checked or a message
     * arrives. The screen is drawn again only when the request appears or ends.
     */
    void refresh() {
        KioskScreenKind kindBefore = kind();
        refreshShown();
        if (kind() != kindBefore) {
            // waiting → with staff: the fleet hears it now, not at the next signal
            KioskLayout layout = findAncestor(KioskLayout.class);
            if (layout != null) {
                layout.screenChanged();
            }
        }
    }

    private void refreshShown() {
        HelpTicket before = shown;
        Optional<HelpTicket> now = helpDesk.current(session);
        if (now.isEmpty() && before == null) {
            return;
        }
        if (now.isEmpty() || before == null) {
            render();
            return;
        }
        HelpTicket ticket = now.get();
        long version = helpDesk.version(session);
        if (!ticket.equals(before) || version != shownVersion) {
            shown = ticket;
            shownVersion = version;
            showStatus(ticket);
            boolean chatShown = chat.getParent().filter(parent -> parent == this).isPresent();
            if (ticket.status() != HelpStatus.WAITING && !chatShown) {
                addComponentAtIndex(indexOf(status) + 1, chat());
            } else if (ticket.status() == HelpStatus.WAITING && chatShown) {
                remove(chat);
            }
        }
        addNewChatLines();
    }

    /**
     * The agent is typing: "A staff member is writing…" until {@link StaffTyping#until()}, then it goes by itself
     * (checked when that time comes). Only the live region's text changes: nothing else is redrawn, so a person
     * typing a reply keeps the focus.
     */
    void staffTyping(StaffTyping signal) {
        if (chat.getParent().isEmpty()) {
            return;
        }
        typingUntil = signal.until();
        if (typing.getText().isEmpty()) {
            typing.setText(t("help.typing"));
        }
        UI ui = UI.getCurrent();
        long wait = Math.max(0, Duration.between(clock.instant(), signal.until()).toMillis()) + 100;
        CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS).execute(() -> {
            try {
                ui.access(this::typingExpired);
            } catch (UIDetachedException e) {
                // the person left the screen, or the kiosk was cleared: nothing to hide
            }
        });
    }

    /** Hides the typing line once its time has passed without a new signal. */
    void typingExpired() {
        if (typingUntil != null && !clock.instant().isBefore(typingUntil)) {
            hideTyping();
        }
    }

    private void hideTyping() {
        typingUntil = null;
        if (!typing.getText().isEmpty()) {
            typing.setText("");
        }
    }

    /** What the typing line says now (for tests): empty when nobody writes. */
    String typingText() {
        return typing.getText();
    }

    private Button backButton() {
        Button back = bigButton("arrow-left", t("help.back"), () -> {
            Optional<String> location = session.returnTo();
            if (location.isPresent()) {
                UI.getCurrent().navigate(location.get());
            } else {
                go(HomeView.class);
            }
        });
        back.addClassName("back-button");
        return back;
    }

    /** Presence, the queue or the hours changed: the offer, or the line's status, says what is true now. */
    @Override
    public void availabilityChanged() {
        HelpAvailability now = helpDesk.availability(session).orElse(null);
        if (java.util.Objects.equals(now, shownAvailability)) {
            return;
        }
        if (shown == null) {
            render();
            return;
        }
        shownAvailability = now;
        Optional<HelpTicket> ticket = helpDesk.current(session);
        if (ticket.isPresent()) {
            shown = ticket.get();
            showStatus(ticket.get());
        } else {
            render();
        }
    }

    private void leaveRequest() {
        cancelled = false;
        KioskLayout layout = findAncestor(KioskLayout.class);
        if (layout != null) {
            layout.leaveRequest();
        }
        render();
    }

    private void callPerson() {
        cancelled = false;
        requestHelp();
        render();
    }

    private void cancel() {
        helpDesk.cancel(session);
        KioskLayout layout = findAncestor(KioskLayout.class);
        if (layout != null) {
            layout.helpChanged();
        }
        cancelled = true;
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(REFRESH_MILLIS);
        polling = ui.addPollListener(e -> refresh());
        followingTyping = feed.subscribeTyping(signal -> {
            if (session.helpRequest().filter(id -> id == signal.requestId()).isPresent()) {
                ui.access(() -> staffTyping(signal));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        if (followingTyping != null) {
            followingTyping.cancel();
            followingTyping = null;
        }
        cancelled = false;
    }

    @Override
    protected String titleKey() {
        return "help.title";
    }
}
