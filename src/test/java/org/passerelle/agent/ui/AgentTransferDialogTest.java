package org.passerelle.agent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.handoff.AgentPresenceInfo;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HandoffUpdate;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.handoff.NewHelpRequest;
import org.passerelle.handoff.PresenceStatus;
import org.passerelle.handoff.TestAgents;
import org.passerelle.handoff.TransferTarget;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * "Transfer this conversation" from the console: to a colleague or to the remote team, with a note the next agent
 * reads first; each refusal is said in the dialog, in the agent's language. Same configuration as
 * {@link AgentConsoleTest}: one context.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
@RecordApplicationEvents
@WithMockUser(username = "transfer-agent", roles = Roles.AGENT)
class AgentTransferDialogTest extends SpringBrowserlessTest {

    private static final String HOLDER = "transfer-agent";
    private static final String COLLEAGUE = "transfer-colleague";
    private static final String RECEIVER = "transfer-receiver";

    @Autowired
    HandoffService handoff;

    String kiosk;
    long request;
    AgentView view;

    @BeforeEach
    void the_agent_holds_a_conversation_and_a_colleague_is_available() {
        kiosk = "transfer-" + UUID.randomUUID().toString().substring(0, 8);
        handoff.registerKiosk(kiosk, "Kiosk T", "Branch T");
        TestAgents.onDuty(handoff, HOLDER, COLLEAGUE, RECEIVER);
        request = handoff.requestHelp(new NewHelpRequest(kiosk, Language.FR, HelpReason.ASKED_FOR_PERSON, null, null,
                List.of())).id();
        handoff.claim(request, HOLDER);
        handoff.agentSays(request, HOLDER, "Bonjour !");
    }

    private void openConsoleAndDialog(Locale locale) {
        UI.getCurrent().setLocale(locale);
        view = navigate(AgentView.class);
        showTab();
        test($(Button.class).withClassName("transfer").single()).click();
        assertThat(view.transferDialog()).isPresent();
    }

    private void showTab() {
        Tabs tabs = $(Tabs.class).withClassName("conversation-tabs").single();
        test(tabs).select(tabs.indexOf($(Tab.class).withId("conversation-tab-" + request).single()));
    }

    @SuppressWarnings("unchecked")
    private void chooseColleague(String agent) {
        Select<AgentPresenceInfo> who = $(Select.class).withClassName("transfer-colleague").single();
        who.getListDataView().getItems().filter(p -> p.agent().equals(agent)).findFirst().ifPresent(who::setValue);
        assertThat(who.getValue()).as(agent + " in the list").isNotNull();
    }

    @SuppressWarnings("unchecked")
    private void chooseRemoteTeam() {
        RadioButtonGroup<TransferDialog.To> to = $(RadioButtonGroup.class).withClassName("transfer-to").single();
        test(to).selectItem(to.getItemLabelGenerator().apply(TransferDialog.To.REMOTE));
    }

    private void writeNoteAndTransfer(String note) {
        test($(TextArea.class).withClassName("transfer-note-field").single()).setValue(note);
        test($(Button.class).withClassName("transfer-send").single()).click();
    }

    private String problem() {
        return $(Paragraph.class).withClassName("transfer-problem").single().getText();
    }

    private HelpRequestSummary stored() {
        return handoff.requestOf(request).orElseThrow();
    }

    @Test
    void transferred_to_a_colleague_the_conversation_leaves_this_console() {
        openConsoleAndDialog(Locale.ENGLISH);
        chooseColleague(COLLEAGUE);

        writeNoteAndTransfer("She needs the photo step");

        assertThat(stored().agent()).isEqualTo(COLLEAGUE);
        assertThat(stored().transferNote()).isEqualTo("She needs the photo step");
        assertThat(view.transferDialog()).isEmpty();
        assertThat($(Tab.class).withId("conversation-tab-" + request).all()).isEmpty();
        assertThat(view.getElement().getTextRecursively()).contains("Taken by " + COLLEAGUE);
    }

    @Test
    void transferred_to_the_remote_team_it_is_back_in_the_queue_for_the_remote_desks() {
        openConsoleAndDialog(Locale.ENGLISH);
        chooseRemoteTeam();

        writeNoteAndTransfer("");

        assertThat(stored().status()).isEqualTo(HelpStatus.WAITING);
        assertThat(stored().toRemote()).isTrue();
        assertThat(view.transferDialog()).isEmpty();
    }

    @Test
    void without_a_colleague_chosen_the_dialog_asks_for_one() {
        openConsoleAndDialog(Locale.ENGLISH);

        writeNoteAndTransfer("note");

        assertThat(problem()).isEqualTo("Choose a colleague, or the remote team.");
        assertThat(stored().agent()).isEqualTo(HOLDER);
    }

    @Test
    void a_colleague_who_is_away_is_refused_with_a_plain_message_in_english_and_french() {
        handoff.setStatus(COLLEAGUE, PresenceStatus.AWAY);
        openConsoleAndDialog(Locale.ENGLISH);
        chooseColleague(COLLEAGUE);
        writeNoteAndTransfer("");

        assertThat(problem()).startsWith("This colleague is not available now");
        assertThat(view.transferDialog()).as("the agent chooses again").isPresent();
        assertThat(stored().agent()).isEqualTo(HOLDER);

        test($(Button.class).withClassName("transfer-cancel").single()).click();
        openConsoleAndDialog(Locale.FRENCH);
        chooseColleague(COLLEAGUE);
        writeNoteAndTransfer("");
        assertThat(problem()).startsWith("Ce collègue n’est pas disponible en ce moment");
    }

    @Test
    void a_colleague_at_capacity_is_refused_with_a_plain_message_in_english_and_french() {
        handoff.setCapacity(COLLEAGUE, handoff.presence(COLLEAGUE).orElseThrow().holding() + 1);
        long other = handoff.requestHelp(new NewHelpRequest(kiosk, Language.FR, HelpReason.ASKED_FOR_PERSON, null, null,
                List.of())).id();
        handoff.claim(other, COLLEAGUE);
        openConsoleAndDialog(Locale.ENGLISH);
        chooseColleague(COLLEAGUE);
        writeNoteAndTransfer("");

        assertThat(problem()).startsWith("This colleague already has as many conversations");

        test($(Button.class).withClassName("transfer-cancel").single()).click();
        openConsoleAndDialog(Locale.FRENCH);
        chooseColleague(COLLEAGUE);
        writeNoteAndTransfer("");
        assertThat(problem()).startsWith("Ce collègue a déjà autant de conversations");
        assertThat(stored().agent()).isEqualTo(HOLDER);
    }

    @Test
    void a_colleague_whose_desks_do_not_serve_the_citizen_is_refused_in_english_and_french() {
        handoff.serve(COLLEAGUE, TestAgents.allDesks(handoff), Set.of(Language.EN)); // the citizen speaks French
        openConsoleAndDialog(Locale.ENGLISH);
        chooseColleague(COLLEAGUE);
        writeNoteAndTransfer("");

        assertThat(problem()).startsWith("This colleague’s desks do not cover this kiosk’s site");

        test($(Button.class).withClassName("transfer-cancel").single()).click();
        openConsoleAndDialog(Locale.FRENCH);
        chooseColleague(COLLEAGUE);
        writeNoteAndTransfer("");
        assertThat(problem()).startsWith("Les postes de ce collègue ne couvrent pas le site de cette borne");
    }

    @Test
    void the_list_says_each_colleagues_status_and_never_offers_the_agent_themselves() {
        handoff.setStatus(COLLEAGUE, PresenceStatus.BUSY);
        openConsoleAndDialog(Locale.ENGLISH);

        @SuppressWarnings("unchecked")
        Select<AgentPresenceInfo> who = $(Select.class).withClassName("transfer-colleague").single();
        List<String> labels = who.getListDataView().getItems().map(who.getItemLabelGenerator()::apply).toList();
        assertThat(labels).contains(COLLEAGUE + " (busy)").noneMatch(l -> l.startsWith(HOLDER + " "));
        assertThat(labels).anyMatch(l -> l.startsWith(RECEIVER + " (available, "));
    }

    @Test
    @WithMockUser(username = RECEIVER, roles = Roles.AGENT)
    void the_receiving_agent_is_alerted_gets_a_tab_and_reads_the_note_first() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        view = navigate(AgentView.class);

        handoff.transfer(request, HOLDER, TransferTarget.colleague(RECEIVER), "Parle seulement français");
        view.onUpdate(new HandoffUpdate(request, kiosk, HandoffUpdate.Kind.TRANSFERRED, null, null,
                Language.EN, Instant.EPOCH, null));

        assertThat($(Div.class).withClassName("agent-alert").single().getText())
                .isEqualTo(HOLDER + " transferred a conversation to you (Kiosk T).");
        showTab();
        Div note = $(Div.class).withClassName("transfer-note").single();
        assertThat(note.getElement().getTextRecursively()).contains("Transferred by " + HOLDER)
                .contains("Their note: Parle seulement français");
        Div pane = $(Div.class).withClassName("conversation-pane").single();
        assertThat(pane.getElement().getTextRecursively().indexOf("Parle seulement"))
                .as("before the conversation").isLessThan(pane.getElement().getTextRecursively().indexOf("Bonjour !"));
    }

    @Test
    @WithMockUser(username = RECEIVER, roles = Roles.AGENT)
    void a_conversation_handed_to_the_remote_team_is_announced_to_the_agents_it_is_offered_to() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        view = navigate(AgentView.class);

        handoff.transfer(request, HOLDER, TransferTarget.remoteTeam(), "");
        view.onUpdate(new HandoffUpdate(request, kiosk, HandoffUpdate.Kind.TRANSFERRED, null, null,
                Language.EN, Instant.EPOCH, null));

        assertThat($(Div.class).withClassName("agent-alert").single().getText()).isEqualTo("New help request from Kiosk T");
        assertThat($(Button.class).withClassName("queue-card").all())
                .anyMatch(card -> card.getElement().getTextRecursively().contains("Kiosk T"));
    }
}
