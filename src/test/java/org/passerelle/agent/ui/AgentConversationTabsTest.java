package org.passerelle.agent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.handoff.HandoffFeed;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HandoffUpdate;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.NewHelpRequest;
import org.passerelle.handoff.StaffTyping;
import org.passerelle.handoff.TestAgents;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * An agent holds several conversations at once: a tab each, in a real tablist, counting the citizen's messages that
 * arrived while another tab was shown; the message box keeps the agent's text and stays the same component when the
 * citizen writes; typing is reported to the kiosk. Same configuration as {@link AgentConsoleTest}: one context.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
@RecordApplicationEvents
@WithMockUser(username = "tabs-agent", roles = Roles.AGENT)
class AgentConversationTabsTest extends SpringBrowserlessTest {

    @Autowired
    HandoffService handoff;

    @Autowired
    HandoffFeed feed;

    long first;
    long second;
    String firstKiosk;
    String secondKiosk;
    AgentView view;

    @BeforeEach
    void two_citizens_wait_and_the_agent_takes_both() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        firstKiosk = "tabs-a-" + run;
        secondKiosk = "tabs-b-" + run;
        handoff.registerKiosk(firstKiosk, "Kiosk A " + run, "Branch A");
        handoff.registerKiosk(secondKiosk, "Kiosk B " + run, "Branch B");
        TestAgents.onDuty(handoff, "tabs-agent");
        handoff.heldBy("tabs-agent").forEach(r -> handoff.cancel(r.id())); // from an earlier test of this class
        first = ask(firstKiosk);
        second = ask(secondKiosk);
        handoff.claim(first, "tabs-agent");
        handoff.claim(second, "tabs-agent");
    }

    private long ask(String kiosk) {
        return handoff.requestHelp(new NewHelpRequest(kiosk, Language.FR, HelpReason.ASKED_FOR_PERSON, null, null,
                List.of())).id();
    }

    private AgentView open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        view = navigate(AgentView.class);
        return view;
    }

    private Tabs tabs() {
        return $(Tabs.class).withClassName("conversation-tabs").single();
    }

    private Tab tab(long id) {
        return $(Tab.class).withId("conversation-tab-" + id).single();
    }

    private String tabText(long id) {
        return tab(id).getElement().getTextRecursively();
    }

    private void citizenWrites(long id, String text) {
        handoff.citizenSays(id, text);
        view.onUpdate(new HandoffUpdate(id, id == first ? firstKiosk : secondKiosk, HandoffUpdate.Kind.MESSAGE, null, null,
                Language.EN, Instant.EPOCH, null));
    }

    private void showTab(long id) {
        test(tabs()).select(tabs().indexOf(tab(id)));
    }

    @Test
    void each_conversation_held_has_a_tab_in_one_tablist() {
        open(Locale.ENGLISH);

        assertThat(tabs().getTabCount()).isEqualTo(2);
        assertThat(tabText(first)).contains("Kiosk A");
        assertThat(tabText(second)).contains("Kiosk B");
        assertThat(tabs().getElement().getTag()).isEqualTo("vaadin-tabs");
        assertThat(tabs().getElement().getAttribute("aria-label")).isEqualTo("Your conversations");
    }

    @Test
    void choosing_a_tab_shows_its_conversation_as_the_tab_panel() {
        open(Locale.ENGLISH);
        showTab(second);

        Section panel = $(Section.class).withId("conversation-panel").single();
        assertThat(panel.getElement().getAttribute("role")).isEqualTo("tabpanel");
        assertThat(panel.getElement().getAttribute("aria-labelledby")).isEqualTo("conversation-tab-" + second);
        assertThat(panel.getElement().getTextRecursively()).contains("Branch B");
    }

    @Test
    void messages_that_arrive_in_another_tab_are_counted_and_the_count_clears_when_it_is_shown() {
        open(Locale.ENGLISH);
        showTab(first);

        citizenWrites(second, "Allô ?");
        assertThat(tabText(second)).contains("1 unread message");
        citizenWrites(second, "Vous êtes là ?");
        citizenWrites(first, "Merci");

        assertThat(tabText(second)).contains("2 unread messages");
        assertThat(tabText(first)).as("the tab shown counts nothing").doesNotContain("unread");

        showTab(second);
        assertThat(tabText(second)).doesNotContain("unread");
        assertThat(view.getElement().getTextRecursively()).contains("Vous êtes là ?");
    }

    @Test
    void the_unread_count_is_in_french_for_a_french_speaking_agent() {
        open(Locale.FRENCH);
        showTab(first);

        citizenWrites(second, "Allô ?");
        assertThat(tabText(second)).contains("1 message non lu");
        citizenWrites(second, "Vous êtes là ?");
        assertThat(tabText(second)).contains("2 messages non lus");
    }

    @Test
    void the_agents_own_messages_are_not_unread() {
        open(Locale.ENGLISH);
        showTab(first);

        handoff.agentSays(second, "tabs-agent", "Je reviens tout de suite.");
        view.onUpdate(new HandoffUpdate(second, secondKiosk, HandoffUpdate.Kind.MESSAGE, null, null,
                Language.EN, Instant.EPOCH, null));

        assertThat(tabText(second)).doesNotContain("unread");
    }

    @Test
    void a_citizen_message_keeps_the_message_box_and_the_agents_text() {
        open(Locale.ENGLISH);
        showTab(first);
        TextArea box = $(TextArea.class).withClassName("agent-message").single();
        test(box).setValue("Je vérifie votre");

        citizenWrites(first, "J’attends");

        assertThat($(TextArea.class).withClassName("agent-message").single()).isSameAs(box);
        assertThat(box.getValue()).isEqualTo("Je vérifie votre");
        assertThat(view.getElement().getTextRecursively()).contains("J’attends");
    }

    @Test
    void what_the_agent_typed_in_one_tab_is_still_there_when_they_come_back() {
        open(Locale.ENGLISH);
        showTab(first);
        test($(TextArea.class).withClassName("agent-message").single()).setValue("Brouillon pour A");

        showTab(second);
        assertThat($(TextArea.class).withClassName("agent-message").single().getValue()).isEmpty();
        showTab(first);

        assertThat($(TextArea.class).withClassName("agent-message").single().getValue()).isEqualTo("Brouillon pour A");
    }

    @Test
    void a_conversation_closed_leaves_its_tab() {
        open(Locale.ENGLISH);
        showTab(first);

        test($(Button.class).withClassName("close-request").single()).click();

        assertThat(tabs().getTabCount()).isEqualTo(1);
        assertThat($(Tab.class).withId("conversation-tab-" + first).all()).isEmpty();
    }

    @Test
    void typing_in_the_message_box_tells_the_kiosk() {
        open(Locale.ENGLISH);
        showTab(second);
        List<StaffTyping> heard = new CopyOnWriteArrayList<>();
        HandoffFeed.Subscription following = feed.subscribeTyping(heard::add);
        try {
            test($(TextArea.class).withClassName("agent-message").single()).setValue("Je regarde");
        } finally {
            following.cancel();
        }

        assertThat(heard).singleElement().satisfies(t -> assertThat(t.requestId()).isEqualTo(second));
    }
}
