package org.passerelle.agent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.handoff.Channel;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HandoffUpdate;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.handoff.NewHelpRequest;
import org.passerelle.handoff.OnlineHelp;
import org.passerelle.handoff.PresenceStatus;
import org.passerelle.site.DeskInfo;
import org.passerelle.handoff.TestAgents;
import org.passerelle.handoff.Speaker;
import org.passerelle.handoff.TranscriptLine;
import org.passerelle.kiosk.BrowserSession;
import org.passerelle.kiosk.KioskFleet;
import org.passerelle.kiosk.KioskScreenKind;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@Import(MutableClock.Config.class)
@RecordApplicationEvents
@WithMockUser(username = "agent", roles = Roles.AGENT)
class AgentConsoleTest extends SpringBrowserlessTest {

    @Autowired
    HandoffService handoff;

    @Autowired
    KioskFleet fleet;

    @Autowired
    MutableClock clock;

    @Autowired
    OnlineHelp online;

    long request;
    AgentView view;

    @BeforeEach
    void a_citizen_waits_and_an_agent_opens_the_console() {
        handoff.registerKiosk("library-3", "Kiosk 3", "Main library, ground floor");
        request = handoff.requestHelp(new NewHelpRequest("library-3", Language.FR, HelpReason.STUCK_ON_STEP,
                "passport-renewal", 2, List.of(new TranscriptLine(Speaker.CITIZEN, "renouveler passeport"),
                        new TranscriptLine(Speaker.KIOSK, "A montré le guide")))).id();
        TestAgents.onDuty(handoff, "agent", "agent2");
        view = navigate(AgentView.class);
    }

    private Button card() {
        return $(Button.class).withClassName("queue-card").all().stream()
                .filter(b -> b.getElement().getTextRecursively().contains("Kiosk 3")).reduce((a, b) -> b).orElseThrow();
    }

    private void claimIt() {
        test(card()).click();
        test($(Button.class).withClassName("claim").single()).click();
    }

    @Test
    void the_queue_shows_kiosk_language_reason_guide_step_and_waiting_time() {
        String text = card().getElement().getTextRecursively();

        assertThat(text).contains("Kiosk 3", "FR", "Stuck on a step", "Waiting", "step 2 of");
    }

    @Test
    void claiming_shows_the_transcript_and_a_message_reaches_the_kiosk() {
        claimIt();

        assertThat(view.getElement().getTextRecursively()).contains("renouveler passeport", "Main library, ground floor");
        test($(TextArea.class).withClassName("agent-message").single()).setValue("Bonjour, je viens vous voir.");
        test($(Button.class).withClassName("send").single()).click();

        assertThat(handoff.requestOf(request).orElseThrow().status()).isEqualTo(HelpStatus.LIVE);
        assertThat(handoff.conversation(request)).last().satisfies(line -> {
            assertThat(line.speaker()).isEqualTo(Speaker.AGENT);
            assertThat(line.text()).isEqualTo("Bonjour, je viens vous voir.");
        });
    }

    @Test
    void canned_replies_are_sent_in_the_citizens_language() {
        claimIt();

        test($(Button.class).withText("Attendez un moment, s’il vous plaît. Je vérifie.").single()).click();

        assertThat(handoff.conversation(request).getLast().text()).isEqualTo("Attendez un moment, s’il vous plaît. Je vérifie.");
    }

    @Test
    void an_agent_who_loses_the_claim_race_is_told_plainly() throws InterruptedException {
        test(card()).click();
        Button claim = $(Button.class).withClassName("claim").single();
        // The other agent claims from their own session, a moment before this agent's click arrives.
        Thread other = new Thread(() -> handoff.claim(request, "agent2"));
        other.start();
        other.join();

        test(claim).click();

        assertThat($(Notification.class).last().getElement().getTextRecursively()
                + notificationText()).contains("Another staff member has already taken this request.");
        assertThat(view.getElement().getTextRecursively()).contains("Taken by agent2");
    }

    private String notificationText() {
        Notification last = $(Notification.class).last();
        return test(last).getText();
    }

    @Test
    void script_in_a_message_is_shown_as_text() {
        claimIt();
        handoff.citizenSays(request, "<img src=x onerror=alert(1)>");
        view.renderDetail();

        assertThat($(Span.class).withClassName("text").all()).extracting(Span::getText).contains("<img src=x onerror=alert(1)>");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("<img src=x");
    }

    @Test
    void private_notes_are_kept_apart_from_the_conversation() {
        claimIt();
        test($(TextArea.class).withClassName("agent-note").single()).setValue("Needs help with photos; SIN 046 454 286");
        test($(Button.class).withClassName("add-note").single()).click();

        assertThat(handoff.notes(request)).singleElement().satisfies(n -> assertThat(n.text()).contains("[sin]"));
        assertThat(handoff.conversation(request)).noneMatch(line -> line.text().contains("photos"));
    }

    @Test
    void coming_over_then_close_with_an_outcome() {
        claimIt();
        test($(Button.class).withClassName("coming-over").single()).click();
        assertThat(handoff.requestOf(request).orElseThrow().comingOver()).isTrue();

        test($(Button.class).withClassName("close-request").single()).click();

        assertThat(handoff.requestOf(request).orElseThrow().status()).isEqualTo(HelpStatus.CLOSED);
        assertThat(handoff.auditTrail(request)).extracting(e -> e.action())
                .containsSubsequence("REQUESTED", "CLAIMED", "COMING_OVER", "CLOSED");
    }

    @Test
    void returning_a_request_to_the_queue_lets_another_agent_take_it() {
        claimIt();
        test($(Button.class).withClassName("release").single()).click();

        assertThat(handoff.requestOf(request).orElseThrow().status()).isEqualTo(HelpStatus.WAITING);
        assertThat(handoff.claim(request, "agent2").agent()).isEqualTo("agent2");
    }

    @Test
    void a_new_request_is_announced_and_appears_in_the_queue() {
        long other = handoff.requestHelp(new NewHelpRequest("library-3", Language.EN, HelpReason.ASKED_FOR_PERSON,
                null, null, List.of())).id();
        view.onUpdate(new HandoffUpdate(other, "library-3", HandoffUpdate.Kind.CREATED, null, null,
                Language.EN, Instant.EPOCH, null));

        assertThat($(Div.class).withClassName("agent-alert").single().getText()).isEqualTo("New help request from Kiosk 3");
        assertThat($(Button.class).withClassName("queue-card").all()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void the_console_says_the_citizen_may_have_left_then_citizen_left_when_the_kiosk_clears() {
        claimIt();
        handoff.citizenMayHaveLeft(request);
        view.onUpdate(new HandoffUpdate(request, "library-3", HandoffUpdate.Kind.CITIZEN_IDLE, null, null,
                Language.EN, Instant.EPOCH, null));

        Paragraph idle = $(Paragraph.class).withClassName("citizen-idle").single();
        assertThat(idle.getText()).startsWith("The citizen may have left");
        assertThat(idle.getElement().getAttribute("role")).isEqualTo("alert");
        Button held = $(Button.class).withClassName("queue-card").all().stream()
                .filter(b -> "true".equals(b.getElement().getAttribute("aria-current"))).findFirst().orElseThrow();
        assertThat(held.getElement().getTextRecursively()).contains("May have left");

        handoff.citizenLeft(request);
        view.onUpdate(new HandoffUpdate(request, "library-3", HandoffUpdate.Kind.CLOSED, null, null,
                Language.EN, Instant.EPOCH, null));

        assertThat($(Paragraph.class).withClassName("citizen-idle").all()).isEmpty();
        assertThat(view.getElement().getTextRecursively()).contains("Status: Citizen left")
                .doesNotContain("Cancelled by the citizen");
    }

    @Test
    void a_kiosk_back_in_a_new_session_ends_the_claimed_request_as_citizen_left_and_the_console_goes_on() {
        claimIt();
        // The kiosk's server died; its browser came back on another server (this test's, here) in a new session.
        clock.advance(Duration.ofSeconds(2));
        fleet.seen("library-3", new BrowserSession(UUID.randomUUID().toString(), clock.instant()),
                KioskScreenKind.WELCOME);
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);

        assertThat(view.getElement().getTextRecursively()).contains("Status: Citizen left");
        assertThat(handoff.heldBy("agent")).extracting(HelpRequestSummary::id).doesNotContain(request);

        clock.advance(Duration.ofSeconds(1));
        long next = handoff.requestHelp(new NewHelpRequest("library-3", Language.EN, HelpReason.ASKED_FOR_PERSON,
                null, null, List.of())).id();
        session.getService().runPendingAccessTasks(session);
        Button card = $(Button.class).withClassName("queue-card").all().stream()
                .filter(b -> b.getElement().getTextRecursively().contains("Kiosk 3")
                        && b.getElement().getTextRecursively().contains("Waiting"))
                .reduce((a, b) -> b).orElseThrow();
        test(card).click();
        test($(Button.class).withClassName("claim").single()).click();
        assertThat(handoff.requestOf(next).orElseThrow().agent()).isEqualTo("agent");
    }

    @Test
    void the_request_shows_the_guide_the_agent_sent() {
        claimIt();
        handoff.sendGuide(request, "agent", "sin-apply", 2);
        view.renderDetail();

        assertThat(view.getElement().getTextRecursively()).contains("Guide sent:");
    }

    // ---- Presence: desks, languages, status (issue 11) ---------------------------------------------------

    @Test
    @WithMockUser(username = "console-newcomer", roles = Roles.AGENT)
    void a_newly_signed_in_agent_is_away_and_offered_nothing_until_they_choose_desks_and_available() {
        assertThat(statusPicker().getValue()).isEqualTo(PresenceStatus.AWAY);
        assertThat(cards()).isEmpty();
        assertThat($(Paragraph.class).withClassName("presence-note").single().getText()).contains("not available");

        test(deskPicker()).selectItem("Main site team (on site)");
        test(statusPicker()).selectItem("Available");

        assertThat(handoff.presence("console-newcomer").orElseThrow().status()).isEqualTo(PresenceStatus.AVAILABLE);
        assertThat(cards()).anyMatch(card -> card.getElement().getTextRecursively().contains("Kiosk 3"));
    }

    @Test
    @WithMockUser(username = "console-no-desk", roles = Roles.AGENT)
    void choosing_available_without_a_desk_is_refused_with_a_plain_message() {
        test(deskPicker()).deselectAll();
        test(statusPicker()).selectItem("Available");

        assertThat(notificationText()).contains("Choose at least one desk and one language");
        assertThat(handoff.presence("console-no-desk").orElseThrow().status()).isEqualTo(PresenceStatus.AWAY);
        assertThat(statusPicker().getValue()).isEqualTo(PresenceStatus.AWAY);
    }

    @Test
    void an_agent_who_sets_themselves_busy_is_offered_nothing_and_told_how_many_wait() {
        test(statusPicker()).selectItem("Busy (no new requests)");

        assertThat(cards()).as("only what they hold").allMatch(card -> !card.hasClassName("status-waiting"));
        assertThat($(Paragraph.class).withClassName("presence-note").single().getText())
                .contains("not available").contains("waiting for your desks");
        test(statusPicker()).selectItem("Available");
        assertThat(cards()).anyMatch(card -> card.getElement().getTextRecursively().contains("Kiosk 3"));
    }

    @Test
    void each_desk_shows_who_is_available_and_whether_its_sites_are_staffed() {
        String desks = $(Div.class).withClassName("agent-desks").single().getElement().getTextRecursively();

        assertThat(desks).contains("Main site team", "Remote team", "agent (", "Main site: ");
        assertThat(desks).containsAnyOf("staffed until", "not staffed now");
    }

    @Test
    void a_change_of_presence_elsewhere_reaches_the_console() {
        handoff.setStatus("agent", PresenceStatus.AWAY);
        view.onAvailabilityChanged();

        assertThat(statusPicker().getValue()).isEqualTo(PresenceStatus.AWAY);
        assertThat(cards()).as("away: nothing held, nothing offered").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<PresenceStatus> statusPicker() {
        return $(RadioButtonGroup.class).withClassName("status-picker").single();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<DeskInfo> deskPicker() {
        return $(CheckboxGroup.class).withClassName("desk-picker").single();
    }

    private List<Button> cards() {
        return $(Button.class).withClassName("queue-card").all();
    }

    @Test
    void a_request_of_the_web_chat_and_one_of_another_app_are_each_named_for_where_the_person_writes_from() {
        for (Channel channel : List.of(Channel.WEB, Channel.API)) {
            online.open(channel, null, Language.EN, HelpReason.ASKED_FOR_PERSON, null, null,
                    List.of(new TranscriptLine(Speaker.CITIZEN, "I need a person")), null);
        }
        navigate(AgentView.class);
        List<String> queue = cards().stream().map(c -> c.getElement().getTextRecursively()).toList();
        assertThat(queue).anyMatch(text -> text.contains("Web chat")).anyMatch(text -> text.contains("Other app"));

        test(cards().stream().filter(c -> c.getElement().getTextRecursively().contains("Other app"))
                .reduce((a, b) -> b).orElseThrow()).click();
        test($(Button.class).withClassName("claim").single()).click();

        assertThat($(H2.class).all()).extracting(H2::getText)
                .contains("Other app");
        assertThat($(Paragraph.class).withClassName("not-in-person").single().getText())
                .as("nobody can walk over to another app").isNotBlank();
    }
}
