package org.passerelle.agent.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.AgentPresenceInfo;
import org.passerelle.handoff.HandoffException;
import org.passerelle.handoff.HandoffFeed;
import org.passerelle.handoff.Channel;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HandoffSettings;
import org.passerelle.handoff.HandoffUpdate;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.KioskInfo;
import org.passerelle.handoff.PresenceStatus;
import org.passerelle.handoff.TransferTarget;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.security.CurrentUser;
import org.passerelle.site.DeskInfo;
import org.passerelle.site.SiteInfo;
import org.passerelle.site.SiteService;
import org.passerelle.security.Roles;

/**
 * The agent console. The queue updates by itself (server push) and a new request is announced with a
 * sound and a visible, spoken alert. Each conversation the agent holds (up to their capacity) has a tab, which counts
 * the citizen's messages that arrived while another was shown; a conversation can be transferred to a colleague or
 * to the remote team with a note ({@link TransferDialog}). Everything the agent sees of a citizen is what they typed at the
 * kiosk, already redacted; messages are shown as text, never as markup.
 */
@Route("agent")
@RolesAllowed(Roles.AGENT)
public class AgentView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = ConversationPane.TIME;

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
    private final Div alert = new Div();
    /** The conversations held (a tab each) and the request shown. */
    private final ConversationTabs conversations;
    private @Nullable TransferDialog transferDialog;
    private final RequestLabels labels;
    private final Set<Long> seen = new HashSet<>();
    private List<String> kioskChoices = List.of();
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
        this.labels = new RequestLabels(knowledge, clock, agent, this::t);
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
        conversations = new ConversationTabs(handoff, knowledge, labels, new ConversationPane.Actions() {
            @Override
            public boolean act(Supplier<?> action) {
                return AgentView.this.act(action);
            }

            @Override
            public void transfer(HelpRequestSummary held) {
                openTransfer(held);
            }
        }, this::kioskName);

        Div filters = new Div(languageFilter, kioskFilter);
        filters.addClassName("agent-filters");
        Section left = new Section(new H2(t("agent.queue")), filters, queue);
        left.addClassName("agent-left");
        Main main = new Main(left, conversations);
        main.addClassName("agent-main");
        add(header, presenceBar(), alert, main);
        handoff.openConsole(agent);
        showPresence();
        for (HelpRequestSummary request : handoff.openRequests()) {
            seen.add(request.id());
        }
        syncTabs();
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
            beep();
        }
        if (update.kind() == HandoffUpdate.Kind.TRANSFERRED && !conversations.hasTab(update.requestId())) {
            Optional<HelpRequestSummary> moved = handoff.requestOf(update.requestId());
            if (moved.filter(r -> RequestLabels.holds(agent, r)).isPresent()) {
                alert.setText(t("agent.alert.transferred", String.valueOf(moved.get().transferredBy()),
                        kioskName(moved.get().kioskId())));
                beep();
            } else if (handoff.offeredTo(agent).stream().anyMatch(r -> r.id() == update.requestId())) {
                // handed to the remote team: new to this agent, as a new request would be
                alert.setText(t("agent.alert.new", moved.map(r -> kioskName(r.kioskId())).orElse(update.kioskId())));
                beep();
            }
        }
        renderQueue();
        syncTabs();
        if (conversations.shown().equals(java.util.OptionalLong.of(update.requestId()))) {
            renderDetail();
        } else if (update.kind() == HandoffUpdate.Kind.MESSAGE && conversations.hasTab(update.requestId())) {
            conversations.showUnread(update.requestId());
        }
    }

    private void beep() {
        getElement().executeJs("""
                try { const a = new AudioContext(); const o = a.createOscillator(); const g = a.createGain();
                      o.frequency.value = 880; g.gain.value = 0.15; o.connect(g); g.connect(a.destination);
                      o.start(); o.stop(a.currentTime + 0.25); } catch (e) { }""");
    }

    // ---- Queue ------------------------------------------------------------------------------------

    void renderQueue() {
        // the web chat filters like a kiosk: its requests carry its marker where a kiosk id would be
        List<String> kioskIds = concat("", java.util.stream.Stream.concat(handoff.kiosks().keySet().stream().sorted(),
                java.util.stream.Stream.of(Channel.WEB.marker())).toList());
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
                .filter(r -> RequestLabels.holds(agent, r)).toList());
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
            if (conversations.shown().equals(java.util.OptionalLong.of(request.id()))) {
                card.getElement().setAttribute("aria-current", "true");
            }
            Span where = new Span(kioskName(request.kioskId()));
            where.addClassName("queue-kiosk");
            Span lang = new Span(request.language().name());
            lang.addClassName("queue-language");
            Span reason = new Span(labels.reason(request));
            Span state = new Span(labels.status(request));
            state.addClassName("queue-status");
            Span waiting = new Span(labels.waiting(request));
            waiting.addClassName("queue-waiting");
            card.getElement().appendChild(where.getElement(), lang.getElement(), reason.getElement(),
                    state.getElement(), waiting.getElement());
            labels.askedFrom(request).ifPresent(g -> card.getElement().appendChild(new Span(g).getElement()));
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
        alert.setText("");
        conversations.select(id);
        renderQueue();
    }

    /** One tab per conversation held (see {@link ConversationTabs#sync()}). */
    void syncTabs() {
        conversations.sync();
    }

    /** Redraws the request shown, in place: the message box keeps its focus and text. */
    void renderDetail() {
        conversations.renderDetail();
    }

    // ---- Transfer ----------------------------------------------------------------------------------

    private void openTransfer(HelpRequestSummary request) {
        List<AgentPresenceInfo> colleagues = handoff.presences().stream().filter(p -> !p.agent().equals(agent)).toList();
        TransferDialog dialog = new TransferDialog(request, kioskName(request.kioskId()), colleagues);
        dialog.addTransferListener(e -> transfer(e.getSource(), e.requestId(), e.target(), e.note()));
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                transferDialog = null;
            }
        });
        transferDialog = dialog;
        dialog.open();
    }

    private void transfer(TransferDialog dialog, long id, TransferTarget target, String note) {
        try {
            handoff.transfer(id, agent, target, note);
        } catch (HandoffException e) {
            dialog.refused(t(e.messageKey()));
            return;
        }
        dialog.close();
        Notification.show(target instanceof TransferTarget.Colleague c ? t("agent.transfer.done.colleague", c.agent())
                : t("agent.transfer.done.remote"), 6000, Notification.Position.MIDDLE);
        showPresence();
        renderQueue();
        syncTabs();
        renderDetail();
    }

    /** The transfer dialog open now, if any (for tests). */
    Optional<TransferDialog> transferDialog() {
        return Optional.ofNullable(transferDialog);
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
            Notification note = Notification.show(t(e.messageKey()), 6000, Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        } catch (IllegalArgumentException e) {
            Notification.show(t("agent.invalid"), 6000, Notification.Position.MIDDLE);
            return false;
        } finally {
            showPresence();
            syncTabs();
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

    /** The kiosk's name; for a request of the web chat or the API, the channel's ("Web chat"). */
    private String kioskName(String kioskId) {
        return Channel.ofMarker(kioskId).map(c -> t("agent.channel." + c.name().toLowerCase(Locale.ROOT)))
                .orElseGet(() -> handoff.kiosk(kioskId).map(KioskInfo::name).orElse(kioskId));
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
