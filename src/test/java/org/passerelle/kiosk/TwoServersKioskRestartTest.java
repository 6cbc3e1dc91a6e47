package org.passerelle.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.Headless;
import org.passerelle.OnPostgres;
import org.passerelle.handoff.HandoffException;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpOutcome;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.handoff.NewHelpRequest;
import org.passerelle.handoff.TestAgents;
import org.passerelle.knowledge.Language;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two servers on one PostgreSQL database (issue 14): an agent on server A holds a kiosk's request; the kiosk's own
 * server dies and its browser comes back on server B, in a new session. B ends the request as "citizen left" from the
 * database alone, and the agent on A is told plainly when they act on it and goes on with the next request.
 * (That A's console hears the close by push is the cross-server relay's part, tested with it.)
 */
class TwoServersKioskRestartTest {

    @Test
    void a_request_held_by_an_agent_on_one_server_ends_when_its_kiosk_comes_back_on_the_other_and_the_agent_goes_on() {
        OnPostgres.assumeServer();
        List<String> database = new ArrayList<>(OnPostgres.arguments(OnPostgres.freshSchema()));
        database.add("--logging.level.root=warn");
        String[] arguments = database.toArray(String[]::new);
        try (ConfigurableApplicationContext a = Headless.start(arguments);
                ConfigurableApplicationContext b = Headless.start(arguments)) {
            HandoffService onA = a.getBean(HandoffService.class);
            HandoffService onB = b.getBean(HandoffService.class);
            KioskFleet fleetA = a.getBean(KioskFleet.class);
            KioskFleet fleetB = b.getBean(KioskFleet.class);
            String kiosk = "two-" + UUID.randomUUID();
            onA.registerKiosk(kiosk, "Kiosk 2", "Branch, ground floor");
            TestAgents.onDuty(onA, "agent-on-a");

            // The kiosk's browser was on A (A is also where the agent works here)
            BrowserSession first = new BrowserSession(UUID.randomUUID().toString(), a.getBean(Clock.class).instant());
            fleetA.seen(kiosk, first, KioskScreenKind.HELP_WAITING);
            long held = onA.requestHelp(new NewHelpRequest(kiosk, Language.FR, HelpReason.ASKED_FOR_PERSON, null, null,
                    List.of(), first.id())).id();
            onA.claim(held, "agent-on-a");
            onA.agentSays(held, "agent-on-a", "Bonjour, je peux vous aider.");

            // its server is gone: the browser loads the welcome screen from B, in a new session
            BrowserSession onTheOther = new BrowserSession(UUID.randomUUID().toString(),
                    b.getBean(Clock.class).instant());
            fleetB.seen(kiosk, onTheOther, KioskScreenKind.WELCOME);

            HelpRequestSummary ended = onA.requestOf(held).orElseThrow();
            assertThat(ended.status()).isEqualTo(HelpStatus.CLOSED);
            assertThat(ended.outcome()).isEqualTo(HelpOutcome.CITIZEN_LEFT);
            assertThat(onA.heldBy("agent-on-a")).isEmpty();
            assertThatExceptionOfType(HandoffException.class)
                    .isThrownBy(() -> onA.agentSays(held, "agent-on-a", "Vous êtes toujours là ?"))
                    .extracting(HandoffException::problem).isEqualTo(HandoffException.Problem.CLOSED);
            assertThat(fleetA.fleet()).filteredOn(k -> k.id().equals(kiosk)).singleElement()
                    .satisfies(k -> assertThat(k.screen()).isEqualTo(KioskScreenKind.WELCOME));

            long next = onB.requestHelp(new NewHelpRequest(kiosk, Language.EN, HelpReason.ASKED_FOR_PERSON, null, null,
                    List.of(), onTheOther.id())).id();
            assertThat(onA.claim(next, "agent-on-a").status()).isEqualTo(HelpStatus.CLAIMED);
            fleetB.seen(kiosk, onTheOther, KioskScreenKind.HELP_CHAT);
            assertThat(onA.requestOf(next).orElseThrow().status()).as("a request of the new session stays")
                    .isEqualTo(HelpStatus.CLAIMED);
        }
    }
}
