package org.passerelle.agent.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.ChatLine;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.Speaker;
import org.passerelle.knowledge.KnowledgeService;

/**
 * The console's right-hand side: one tab per conversation the agent holds (a real tablist), each counting the
 * citizen's messages that arrived while another tab was shown, above the pane of the request shown (held or not).
 * Each held conversation's pane is kept while another is shown, so what the agent typed there stays.
 */
class ConversationTabs extends Section {

    private final HandoffService handoff;
    private final KnowledgeService knowledge;
    private final RequestLabels labels;
    private final ConversationPane.Actions actions;
    private final Function<String, String> kioskName;
    private final String agent;
    private final Section detail = new Section();
    private final Tabs tabs = new Tabs(false);
    private final Map<Long, Tab> tabOf = new LinkedHashMap<>();
    /** Per conversation held: how many of its lines the agent has seen (the rest, the citizen's, are unread). */
    private final Map<Long, Integer> linesSeen = new HashMap<>();
    private final Map<Long, ConversationPane> panes = new HashMap<>();
    private @Nullable ConversationPane shownPane;
    private boolean syncingTabs;

    ConversationTabs(HandoffService handoff, KnowledgeService knowledge, RequestLabels labels,
            ConversationPane.Actions actions, Function<String, String> kioskName) {
        this.handoff = handoff;
        this.knowledge = knowledge;
        this.labels = labels;
        this.actions = actions;
        this.kioskName = kioskName;
        this.agent = labels.agent();
        addClassName("agent-right");
        getElement().setAttribute("aria-label", t("agent.tabs"));
        detail.addClassName("agent-detail");
        detail.setId("conversation-panel");
        tabs.addClassName("conversation-tabs");
        tabs.setVisible(false); // until the agent holds a conversation (see sync)
        tabs.getElement().setAttribute("aria-label", t("agent.tabs"));
        tabs.addSelectedChangeListener(e -> {
            if (!syncingTabs && e.getSelectedTab() != null) {
                tabOf.entrySet().stream().filter(en -> en.getValue() == e.getSelectedTab()).findFirst()
                        .ifPresent(en -> select(en.getKey()));
            }
        });
        add(tabs, detail);
    }

    /** The request shown now, if any. */
    OptionalLong shown() {
        return shownPane == null ? OptionalLong.empty() : OptionalLong.of(shownPane.requestId());
    }

    /** Whether the agent has a tab for this request (they hold it). */
    boolean hasTab(long id) {
        return tabOf.containsKey(id);
    }

    /** Shows a request: a held one in its tab (its unread count clears), any other in the same place, no tab chosen. */
    void select(long id) {
        Optional<HelpRequestSummary> found = handoff.requestOf(id);
        if (found.isEmpty()) {
            return;
        }
        sync();
        HelpRequestSummary request = found.get();
        ConversationPane pane = panes.get(id);
        if (pane == null || pane.mine() != RequestLabels.holds(agent, request)) {
            pane = newPane(request);
        } else {
            pane.update(request);
        }
        show(pane);
    }

    private ConversationPane newPane(HelpRequestSummary request) {
        ConversationPane pane = new ConversationPane(handoff, knowledge, labels, actions, request);
        if (pane.mine()) {
            panes.put(request.id(), pane);
        }
        return pane;
    }

    private void show(ConversationPane pane) {
        if (shownPane != pane) {
            detail.removeAll();
            detail.add(pane);
            shownPane = pane;
        }
        Tab tab = tabOf.get(pane.requestId());
        syncingTabs = true;
        try {
            tabs.setSelectedIndex(tab == null ? -1 : tabs.indexOf(tab));
        } finally {
            syncingTabs = false;
        }
        if (tab != null) {
            detail.getElement().setAttribute("role", "tabpanel");
            detail.getElement().setAttribute("aria-labelledby", tab.getId().orElseThrow());
            linesSeen.put(pane.requestId(), pane.linesShown());
            showUnread(pane.requestId());
        } else {
            detail.getElement().removeAttribute("role");
            detail.getElement().removeAttribute("aria-labelledby");
        }
    }

    /** One tab per conversation held, in the order taken; a tab goes when the conversation is no longer theirs. */
    void sync() {
        List<HelpRequestSummary> held = handoff.heldBy(agent);
        Set<Long> ids = new HashSet<>();
        syncingTabs = true;
        try {
            for (HelpRequestSummary request : held) {
                ids.add(request.id());
                if (!tabOf.containsKey(request.id())) {
                    Tab tab = new Tab();
                    tab.setId("conversation-tab-" + request.id());
                    tab.addClassName("conversation-tab");
                    tabOf.put(request.id(), tab);
                    tabs.add(tab);
                    // What came before the tab existed is not "unread": the agent sees it all on opening.
                    linesSeen.put(request.id(), handoff.conversation(request.id()).size());
                }
                labelTab(request);
            }
            for (Long id : List.copyOf(tabOf.keySet())) {
                if (!ids.contains(id)) {
                    tabs.remove(tabOf.remove(id));
                    linesSeen.remove(id);
                    panes.remove(id);
                }
            }
            Tab shownTab = shownPane == null ? null : tabOf.get(shownPane.requestId());
            tabs.setSelectedIndex(shownTab == null ? -1 : tabs.indexOf(shownTab));
        } finally {
            syncingTabs = false;
        }
        boolean wasVisible = tabs.isVisible();
        tabs.setVisible(!tabOf.isEmpty());
        if (tabs.isVisible() && !wasVisible) {
            // vaadin-tabs keeps its scroller, a div with tabindex="-1", between the tablist and its tabs: axe reports
            // it (aria-required-children) and a screen reader may too. It only scrolls when the tabs overflow, and
            // the tabs themselves stay reachable (arrow keys), so the scroller loses its tabindex.
            tabs.getElement().executeJs("""
                    const tabs = this;
                    Promise.resolve(tabs.updateComplete).then(() => {
                      const scroller = tabs.shadowRoot && tabs.shadowRoot.querySelector('[part="tabs"]');
                      if (scroller) { scroller.removeAttribute('tabindex'); }
                    });""");
        }
    }

    /** The tab says where the citizen is, and how many of their messages are unread: in its accessible name too. */
    private void labelTab(HelpRequestSummary request) {
        Tab tab = tabOf.get(request.id());
        if (tab == null) {
            return;
        }
        tab.removeAll();
        Span where = new Span(kioskName.apply(request.kioskId()) + " · " + request.language().name());
        where.addClassName("tab-kiosk");
        tab.add(where);
        int unread = unread(request.id());
        if (unread > 0) {
            Span count = new Span(t("agent.tab.unread", unread));
            count.addClassName("tab-unread");
            tab.add(count);
        }
    }

    /** A message arrived in a conversation not shown: its tab counts it. */
    void showUnread(long id) {
        handoff.requestOf(id).ifPresent(this::labelTab);
    }

    /** The citizen's messages in a held conversation that arrived while another tab was shown. */
    int unread(long id) {
        if (shownPane != null && shownPane.requestId() == id) {
            return 0;
        }
        List<ChatLine> conversation = handoff.conversation(id);
        int from = Math.min(linesSeen.getOrDefault(id, conversation.size()), conversation.size());
        return (int) conversation.subList(from, conversation.size()).stream()
                .filter(line -> line.speaker() == Speaker.CITIZEN).count();
    }

    /** Redraws the request shown, in place: the message box keeps its focus and text. */
    void renderDetail() {
        if (shownPane == null) {
            detail.removeAll();
            detail.add(new H2(t("agent.detail.none")), new Paragraph(t("agent.detail.choose")));
            return;
        }
        Optional<HelpRequestSummary> found = handoff.requestOf(shownPane.requestId());
        if (found.isEmpty()) {
            shownPane = null;
            renderDetail();
            return;
        }
        HelpRequestSummary request = found.get();
        if (shownPane.mine() != RequestLabels.holds(agent, request)) {
            // Taken, handed back, transferred or closed: the actions are no longer the same.
            show(newPane(request));
        } else {
            shownPane.update(request);
            show(shownPane);
        }
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
