package org.passerelle.agent.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.AgentPresenceInfo;
import org.passerelle.handoff.ChatLine;
import org.passerelle.handoff.HandoffException;
import org.passerelle.handoff.HandoffFeed;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HandoffSettings;
import org.passerelle.handoff.HandoffUpdate;
import org.passerelle.handoff.HelpOutcome;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.handoff.KioskInfo;
import org.passerelle.handoff.Note;
import org.passerelle.handoff.PresenceStatus;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.security.CurrentUser;
import org.passerelle.site.DeskInfo;
import org.passerelle.site.SiteInfo;
import org.passerelle.site.SiteService;
import org.passerelle.security.Roles;

/**
 * The agent console. The queue updates by itself (server push) and a new request is announced with a
 * sound and a visible, spoken alert. Everything the agent sees of a citizen is what they typed at the
 * kiosk, already redacted; messages are shown as text, never as markup.
 */
@Route("agent")
@RolesAllowed(Roles.AGENT)
public class AgentView extends Div implements HasDynamicTitle {

    /** Canned replies, each in both languages; the one in the citizen's language is sent. */
    static final List<String> CANNED = List.of("agent.canned.hello", "agent.canned.coming", "agent.canned.moment",
            "agent.canned.counter", "agent.canned.bye");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final HandoffService handoff;
    private final SiteService sites;
    private final HandoffSettings settings;
    private final HandoffFeed feed;
    private final KnowledgeService knowledge;
    private final Clock clock;
    private final String agent;

    private final Select<String> languageFilter = new Select<>();
    private final Select<String> kioskFilter = new Select<>();
    private final Div queue = new Div();
    private final Section detail = new Section();
    private final Div alert = new Div();
    private final TextArea message = new TextArea();
    private final TextArea noteField = new TextArea();
    private final Set<Long> seen = new HashSet<>();
    private List<String> kioskChoices = List.of();
    private @Nullable Long selected;
    private final CheckboxGroup<DeskInfo> deskPicker = new CheckboxGroup<>();
    private final CheckboxGroup<Language> languagePicker = new CheckboxGroup<>();
    private final RadioButtonGroup<PresenceStatus> statusPicker = new RadioButtonGroup<>();
    private final IntegerField capacityField = new IntegerField();
    private final Paragraph presenceNote = new Paragraph();
    private final Div deskPanel = new Div();
    /** True while the pickers are set from the stored presence, so that their listeners do not write it back. */
    private boolean showingPresence;
    private List<DeskInfo> deskChoices = List.of();
    private HandoffFeed.@Nullable Subscription following;
    private HandoffFeed.@Nullable Subscription followingAvailability;
    private @Nullable Registration polling;

    AgentView(HandoffService handoff, SiteService sites, HandoffSettings settings, HandoffFeed feed,
            KnowledgeService knowledge, Clock clock, CurrentUser user) {
        this.handoff = handoff;
        this.sites = sites;
        this.settings = settings;
        this.feed = feed;
        this.knowledge = knowledge;
        this.clock = clock;
        // Read once, while the navigation's request carries the signed-in user; kept for push round-trips.
        this.agent = user.username().orElseThrow(() -> new IllegalStateException("the agent console needs a signed-in agent"));
        addClassName("agent-view");

        Button signOut = new Button(t("agent.logout"), e -> user.logout());
        signOut.addClassName("sign-out");
        Header header = new Header(new H1(t("agent.title")),
                new Span(t("agent.signedInAs", user.displayName().orElse(agent))), signOut);
        header.addClassName("agent-header");

        languageFilter.setLabel(t("agent.filter.language"));
        languageFilter.setItems("", "EN", "FR");
        languageFilter.setItemLabelGenerator(v -> v.isEmpty() ? t("agent.filter.all") : v);
        languageFilter.setValue("");
        languageFilter.addValueChangeListener(e -> renderQueue());
        kioskFilter.setLabel(t("agent.filter.kiosk"));
        kioskFilter.addValueChangeListener(e -> renderQueue());

        alert.addClassName("agent-alert");
        alert.getElement().setAttribute("role", "alert");
        queue.addClassName("agent-queue");
        queue.getElement().setAttribute("aria-label", t("agent.queue"));
        detail.addClassName("agent-detail");
        message.addClassName("agent-message");
        message.setMaxLength(2000);
        noteField.addClassName("agent-note");
        noteField.setMaxLength(2000);

        Div filters = new Div(languageFilter, kioskFilter);
        filters.addClassName("agent-filters");
        Section left = new Section(new H2(t("agent.queue")), filters, queue);
        left.addClassName("agent-left");
        Main main = new Main(left, detail);
        main.addClassName("agent-main");
        add(header, presenceBar(), alert, main);
        handoff.openConsole(agent);
        showPresence();
        for (HelpRequestSummary request : handoff.openRequests()) {
            seen.add(request.id());
        }
        renderQueue();
        renderDetail();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        following = feed.subscribe(update -> ui.access(() -> onUpdate(update)));
        followingAvailability = feed.subscribeAvailability(change -> ui.access(this::onAvailabilityChanged));
        // The poll is the console's sign of life: four per grace period, so one lost poll does not make them away.
        ui.setPollInterval((int) Math.max(1000, settings.presenceGrace().toMillis() / 4));
        polling = ui.addPollListener(e -> {
            handoff.heartbeat(agent);
            renderQueue();
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (following != null) {
            following.cancel();
            following = null;
        }
        if (followingAvailability != null) {
            followingAvailability.cancel();
            followingAvailability = null;
        }
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }

    /** Presence or the queue changed somewhere: who is offered what, and who is available, may have changed. */
    void onAvailabilityChanged() {
        showPresence();
        renderQueue();
    }

    /** A help request changed somewhere: redraw what shows it, and alert on a new one offered to this agent. */
    void onUpdate(HandoffUpdate update) {
        if (update.kind() == HandoffUpdate.Kind.CREATED && seen.add(update.requestId())
                && handoff.offeredTo(agent).stream().anyMatch(r -> r.id() == update.requestId())) {
            Optional<HelpRequestSummary> request = handoff.requestOf(update.requestId());
            String where = request.map(r -> kioskName(r.kioskId())).orElse(update.kioskId());
            alert.setText(t("agent.alert.new", where));
            getElement().executeJs("""
                    try { const a = new AudioContext(); const o = a.createOscillator(); const g = a.createGain();
                          o.frequency.value = 880; g.gain.value = 0.15; o.connect(g); g.connect(a.destination);
                          o.start(); o.stop(a.currentTime + 0.25); } catch (e) { }""");
        }
        renderQueue();
        if (selected != null && selected == update.requestId()) {
            renderDetail();
        }
    }

    // ---- Queue ------------------------------------------------------------------------------------

    void renderQueue() {
        List<String> kioskIds = concat("", handoff.kiosks().keySet().stream().sorted().toList());
        if (!kioskIds.equals(kioskChoices)) {
            // Changing the items clears the value, which fires the listener that calls this method again.
            kioskChoices = kioskIds;
            String chosenKiosk = kioskFilter.getValue();
            kioskFilter.setItems(kioskIds);
            kioskFilter.setItemLabelGenerator(v -> v.isEmpty() ? t("agent.filter.all") : kioskName(v));
            kioskFilter.setValue(chosenKiosk != null && kioskIds.contains(chosenKiosk) ? chosenKiosk : "");
        }
        queue.removeAll();
        // What this agent holds, then what is offered to them (nothing when busy, away or full).
        List<HelpRequestSummary> shown = new java.util.ArrayList<>(handoff.openRequests().stream()
                .filter(this::mine).toList());
        shown.addAll(handoff.offeredTo(agent));
        List<HelpRequestSummary> open = shown.stream()
                .filter(r -> blank(languageFilter.getValue()) || r.language().name().equals(languageFilter.getValue()))
                .filter(r -> blank(kioskFilter.getValue()) || r.kioskId().equals(kioskFilter.getValue()))
                .toList();
        if (open.isEmpty()) {
            queue.add(new Paragraph(t("agent.queue.empty")));
        }
        renderPresenceNote();
        for (HelpRequestSummary request : open) {
            Button card = new Button();
            card.addClassName("queue-card");
            card.addClassName("status-" + request.status().name().toLowerCase(Locale.ROOT));
            if (selected != null && selected == request.id()) {
                card.getElement().setAttribute("aria-current", "true");
            }
            Span where = new Span(kioskName(request.kioskId()));
            where.addClassName("queue-kiosk");
            Span lang = new Span(request.language().name());
            lang.addClassName("queue-language");
            Span reason = new Span(t("agent.reason." + request.reason().name().toLowerCase(Locale.ROOT)));
            Span state = new Span(statusText(request));
            state.addClassName("queue-status");
            Span waiting = new Span(t("agent.waiting", minutes(request)));
            waiting.addClassName("queue-waiting");
            card.getElement().appendChild(where.getElement(), lang.getElement(), reason.getElement(),
                    state.getElement(), waiting.getElement());
            guideLine(request).ifPresent(g -> card.getElement().appendChild(new Span(g).getElement()));
            if (request.citizenIdleSince() != null) {
                Span idle = new Span(t("agent.citizenIdle.short"));
                idle.addClassName("queue-citizen-idle");
                card.getElement().appendChild(idle.getElement());
            }
            card.addClickListener(e -> select(request.id()));
            queue.add(card);
        }
    }

    private void select(long id) {
        selected = id;
        alert.setText("");
        renderQueue();
        renderDetail();
    }

    // ---- Detail ------------------------------------------------------------------------------------

    void renderDetail() {
        detail.removeAll();
        Optional<HelpRequestSummary> found = selected == null ? Optional.empty() : handoff.requestOf(selected);
        if (found.isEmpty()) {
            detail.add(new H2(t("agent.detail.none")), new Paragraph(t("agent.detail.choose")));
            return;
        }
        HelpRequestSummary request = found.get();
        KioskInfo kiosk = handoff.kiosk(request.kioskId()).orElse(new KioskInfo(request.kioskId(), request.kioskId(), "", 0));
        detail.add(new H2(kiosk.name() + " — " + kiosk.location()));
        Div facts = new Div(
                fact("agent.detail.language", t("agent.language." + request.language().name().toLowerCase(Locale.ROOT))),
                fact("agent.detail.reason", t("agent.reason." + request.reason().name().toLowerCase(Locale.ROOT))),
                fact("agent.detail.guide", guideLine(request).orElse(t("agent.detail.noGuide"))),
                fact("agent.detail.status", statusText(request)),
                fact("agent.detail.waiting", t("agent.waiting", minutes(request))));
        guideLine(request.sentGuideId(), request.sentStep(), request)
                .ifPresent(sent -> facts.add(fact("agent.detail.sentGuide", sent)));
        facts.addClassName("agent-facts");
        if (request.status().open() && request.citizenIdleSince() != null) {
            // Said before the kiosk clears itself, so the agent can stop writing to someone who is gone.
            Paragraph idle = new Paragraph(t("agent.citizenIdle"));
            idle.addClassName("citizen-idle");
            idle.getElement().setAttribute("role", "alert");
            detail.add(idle);
        }
        detail.add(facts, actions(request), conversation(request));
        if (mine(request)) {
            detail.add(chatForm(request), guideForm(request));
        }
        if (mine(request) || !request.status().open()) {
            detail.add(notes(request));
        }
    }

    private Div actions(HelpRequestSummary request) {
        Div actions = new Div();
        actions.addClassName("agent-actions");
        long id = request.id();
        if (request.status() == HelpStatus.WAITING) {
            Button claim = new Button(t("agent.claim"), e -> act(() -> handoff.claim(id, agent)));
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            claim.addClassName("claim");
            claim.setDisableOnClick(true);
            actions.add(claim);
        } else if (mine(request)) {
            Button coming = new Button(t("agent.comingOver"), e -> act(() -> handoff.comingOver(id, agent)));
            coming.addClassName("coming-over");
            coming.setEnabled(!request.comingOver());
            Button release = new Button(t("agent.release"), e -> act(() -> handoff.release(id, agent)));
            release.addClassName("release");
            Select<HelpOutcome> outcome = new Select<>();
            outcome.setLabel(t("agent.outcome"));
            outcome.setItems(HelpOutcome.values());
            outcome.setItemLabelGenerator(o -> t("agent.outcome." + o.name().toLowerCase(Locale.ROOT)));
            outcome.setValue(HelpOutcome.RESOLVED);
            outcome.addClassName("outcome");
            Button close = new Button(t("agent.close"), e -> act(() -> handoff.close(id, agent, outcome.getValue())));
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            close.addClassName("close-request");
            actions.add(coming, release, outcome, close);
        } else if (request.agent() != null) {
            actions.add(new Paragraph(t("agent.takenBy", request.agent())));
        }
        return actions;
    }

    private Section conversation(HelpRequestSummary request) {
        Section section = new Section(new H3(t("agent.transcript")));
        section.addClassName("agent-transcript");
        Div lines = new Div();
        lines.getElement().setAttribute("role", "log");
        List<ChatLine> conversation = handoff.conversation(request.id());
        if (conversation.isEmpty()) {
            lines.add(new Paragraph(t("agent.transcript.empty")));
        }
        for (ChatLine line : conversation) {
            Div row = new Div();
            row.addClassName("line-" + line.speaker().name().toLowerCase(Locale.ROOT));
            Span who = new Span(t("agent.speaker." + line.speaker().name().toLowerCase(Locale.ROOT)));
            who.addClassName("speaker");
            Span at = new Span(TIME.format(line.at().atZone(clock.getZone())));
            at.addClassName("at");
            Span text = new Span(line.text());
            text.addClassName("text");
            row.add(at, who, text);
            lines.add(row);
        }
        section.add(lines);
        return section;
    }

    private Section chatForm(HelpRequestSummary request) {
        Section section = new Section(new H3(t("agent.chat")));
        section.addClassName("agent-chat");
        message.setLabel(t("agent.chat.label", t("agent.language." + request.language().name().toLowerCase(Locale.ROOT))));
        Button send = new Button(t("agent.chat.send"), e -> send(request.id(), message.getValue()));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send");
        Div canned = new Div();
        canned.addClassName("canned");
        Locale citizen = request.language().locale();
        for (String key : CANNED) {
            String text = getTranslation(citizen, key);
            Button reply = new Button(text, e -> send(request.id(), text));
            reply.addThemeVariants(ButtonVariant.LUMO_SMALL);
            reply.getElement().setAttribute("lang", request.language().code());
            canned.add(reply);
        }
        section.add(message, send, new Paragraph(t("agent.canned")), canned);
        return section;
    }

    private void send(long id, String text) {
        if (act(() -> handoff.agentSays(id, agent, text))) {
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
        IntegerField step = new IntegerField(t("agent.sendGuide.step"));
        step.setMin(1);
        step.setValue(1);
        step.setStepButtonsVisible(true);
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
            act(() -> handoff.sendGuide(request.id(), agent, guide.id(), chosen));
        });
        send.addClassName("send-guide");
        section.add(guides, step, send);
        return section;
    }

    private Section notes(HelpRequestSummary request) {
        Section section = new Section(new H3(t("agent.notes")));
        section.addClassName("agent-notes");
        section.add(new Paragraph(t("agent.notes.private")));
        for (Note note : handoff.notes(request.id())) {
            Paragraph p = new Paragraph(TIME.format(note.at().atZone(clock.getZone())) + " " + note.author() + ": " + note.text());
            p.addClassName("note-line");
            section.add(p);
        }
        if (mine(request)) {
            noteField.setLabel(t("agent.notes.label"));
            Button add = new Button(t("agent.notes.add"), e -> {
                if (act(() -> handoff.note(request.id(), agent, noteField.getValue()))) {
                    noteField.clear();
                }
            });
            add.addClassName("add-note");
            section.add(noteField, add);
        }
        return section;
    }

    // ---- Presence: desks, languages, status, capacity ------------------------------------------------

    private Section presenceBar() {
        deskPicker.setLabel(t("agent.presence.desks"));
        deskPicker.setItemLabelGenerator(d -> d.name() + " (" + t("agent.desk." + d.kind().name().toLowerCase(Locale.ROOT)) + ")");
        deskPicker.addClassName("desk-picker");
        deskPicker.addValueChangeListener(e -> {
            if (!showingPresence) {
                act(() -> handoff.serve(agent, ids(e.getValue()), Set.copyOf(languagePicker.getValue())));
            }
        });
        languagePicker.setLabel(t("agent.presence.languages"));
        languagePicker.setItems(Language.values());
        languagePicker.setItemLabelGenerator(l -> t("agent.language." + l.name().toLowerCase(Locale.ROOT)));
        languagePicker.addClassName("language-picker");
        languagePicker.addValueChangeListener(e -> {
            if (!showingPresence) {
                act(() -> handoff.serve(agent, ids(deskPicker.getValue()), Set.copyOf(e.getValue())));
            }
        });
        statusPicker.setLabel(t("agent.presence.status"));
        statusPicker.setItems(PresenceStatus.values());
        statusPicker.setItemLabelGenerator(v -> t("agent.presence.status." + v.name().toLowerCase(Locale.ROOT)));
        statusPicker.addClassName("status-picker");
        statusPicker.addValueChangeListener(e -> {
            if (!showingPresence && e.getValue() != null) {
                act(() -> handoff.setStatus(agent, e.getValue()));
            }
        });
        capacityField.setLabel(t("agent.presence.capacity"));
        capacityField.setMin(1);
        capacityField.setMax(settings.maxCapacity());
        capacityField.setStepButtonsVisible(true);
        capacityField.addClassName("capacity");
        capacityField.addValueChangeListener(e -> {
            if (!showingPresence) {
                act(() -> handoff.setCapacity(agent, e.getValue() == null ? 0 : e.getValue()));
            }
        });
        presenceNote.addClassName("presence-note");
        presenceNote.getElement().setAttribute("role", "status");
        deskPanel.addClassName("agent-desks");
        Div pickers = new Div(statusPicker, deskPicker, languagePicker, capacityField);
        pickers.addClassName("presence-pickers");
        Section bar = new Section(new H2(t("agent.presence.title")), pickers, presenceNote, deskPanel);
        bar.addClassName("agent-presence");
        // a named section is a landmark (region): every control on the page is inside one
        bar.getElement().setAttribute("aria-label", t("agent.presence.title"));
        return bar;
    }

    /** Sets the pickers from the stored presence (after a change here, in another tab, or by the grace period). */
    void showPresence() {
        AgentPresenceInfo presence = handoff.presence(agent).orElseGet(() -> handoff.openConsole(agent));
        List<DeskInfo> desks = sites.desks();
        showingPresence = true;
        try {
            if (!desks.equals(deskChoices)) {
                deskChoices = desks;
                deskPicker.setItems(desks);
            }
            deskPicker.setValue(desks.stream().filter(d -> presence.desks().contains(d.id()))
                    .collect(java.util.stream.Collectors.toSet()));
            languagePicker.setValue(Set.copyOf(presence.languages()));
            statusPicker.setValue(presence.status());
            capacityField.setValue(presence.capacity());
        } finally {
            showingPresence = false;
        }
        renderDesks(presence, desks);
        renderPresenceNote();
    }

    private void renderPresenceNote() {
        Optional<AgentPresenceInfo> presence = handoff.presence(agent);
        if (presence.isEmpty()) {
            return;
        }
        AgentPresenceInfo p = presence.get();
        if (p.status() != PresenceStatus.AVAILABLE) {
            presenceNote.setText(t("agent.presence.notAvailable", handoff.waitingFor(agent).size()));
        } else if (!p.free()) {
            presenceNote.setText(t("agent.presence.full", handoff.waitingFor(agent).size()));
        } else {
            presenceNote.setText(t("agent.presence.available"));
        }
    }

    /** Per desk the agent serves: who is available on it, and whether each site it covers is staffed now. */
    private void renderDesks(AgentPresenceInfo presence, List<DeskInfo> desks) {
        deskPanel.removeAll();
        List<AgentPresenceInfo> everyone = handoff.presences();
        List<SiteInfo> allSites = sites.sites();
        for (DeskInfo desk : desks) {
            if (!presence.desks().contains(desk.id())) {
                continue;
            }
            Section card = new Section(new H3(desk.name()));
            card.addClassName("desk-card");
            List<String> available = everyone.stream()
                    .filter(a -> a.status() == PresenceStatus.AVAILABLE && a.desks().contains(desk.id()))
                    .map(a -> a.agent() + " (" + a.holding() + "/" + a.capacity() + ")").toList();
            Paragraph who = new Paragraph(available.isEmpty() ? t("agent.desk.nobody")
                    : t("agent.desk.available", String.join(", ", available)));
            who.addClassName("desk-available");
            card.add(who);
            Div hours = new Div();
            hours.addClassName("desk-sites");
            for (SiteInfo site : allSites) {
                if (desk.covers(site.id())) {
                    Paragraph line = new Paragraph(staffedLine(site));
                    line.addClassName("desk-site");
                    hours.add(line);
                }
            }
            card.add(hours);
            deskPanel.add(card);
        }
    }

    private String staffedLine(SiteInfo site) {
        java.time.Instant now = clock.instant();
        Locale locale = getLocale();
        if (sites.staffed(site.id(), now)) {
            return sites.staffedUntil(site.id(), now)
                    .map(until -> t("agent.site.staffed", site.name(), TIME.format(until.atZone(site.zone()))))
                    .orElse(t("agent.site.staffedNow", site.name()));
        }
        return sites.nextStaffed(site.id(), now)
                .map(next -> t("agent.site.notStaffed", site.name(),
                        DateTimeFormatter.ofPattern("EEEE HH:mm", locale).format(next)))
                .orElse(t("agent.site.notStaffedNoNext", site.name()));
    }

    private static Set<Long> ids(Set<DeskInfo> desks) {
        return desks.stream().map(DeskInfo::id).collect(java.util.stream.Collectors.toSet());
    }

    // ---- Helpers -----------------------------------------------------------------------------------

    /** Runs an action on a request; a lost race or a bad input becomes a plain message, never an error page. */
    private boolean act(Supplier<?> action) {
        try {
            action.get();
            return true;
        } catch (HandoffException e) {
            Notification note = Notification.show(t("handoff.problem." + e.problem().name().toLowerCase(Locale.ROOT)),
                    6000, Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        } catch (IllegalArgumentException e) {
            Notification.show(t("agent.invalid"), 6000, Notification.Position.MIDDLE);
            return false;
        } finally {
            showPresence();
            renderQueue();
            renderDetail();
        }
    }

    private boolean act(Runnable action) {
        return act(() -> {
            action.run();
            return Boolean.TRUE;
        });
    }

    private boolean mine(HelpRequestSummary request) {
        return request.status().open() && request.status() != HelpStatus.WAITING && agent.equals(request.agent());
    }

    private String statusText(HelpRequestSummary request) {
        return switch (request.status()) {
            case WAITING -> t("agent.status.waiting");
            case CLAIMED, LIVE -> agent.equals(request.agent()) ? t("agent.status.mine")
                    : t("agent.takenBy", String.valueOf(request.agent()));
            case CLOSED -> request.outcome() == HelpOutcome.CITIZEN_LEFT ? t("agent.outcome.citizen_left")
                    : t("agent.status.closed");
            default -> t("agent.status." + request.status().name().toLowerCase(Locale.ROOT));
        };
    }

    private Optional<String> guideLine(HelpRequestSummary request) {
        return guideLine(request.guideId(), request.step(), request);
    }

    private Optional<String> guideLine(@Nullable String guideId, @Nullable Integer step, HelpRequestSummary request) {
        if (guideId == null) {
            return Optional.empty();
        }
        return knowledge.current().guide(guideId).map(g -> {
            String title = g.text(request.language()).title();
            return step == null ? title : t("agent.guideStep", title, step, g.text(request.language()).steps().size());
        });
    }

    private long minutes(HelpRequestSummary request) {
        return Duration.between(request.createdAt(), clock.instant()).toMinutes();
    }

    private String kioskName(String kioskId) {
        return handoff.kiosk(kioskId).map(KioskInfo::name).orElse(kioskId);
    }

    private Component fact(String key, String value) {
        Paragraph p = new Paragraph();
        Span label = new Span(t(key));
        label.addClassName("fact-label");
        p.add(label, new Span(" " + value));
        return p;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isEmpty();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return t("agent.title") + " — Passerelle";
    }
}
