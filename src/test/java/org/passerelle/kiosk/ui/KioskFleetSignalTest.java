package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.passerelle.handoff.AuditEntry;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpOutcome;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.kiosk.FleetSettings;
import org.passerelle.kiosk.KioskFleet;
import org.passerelle.kiosk.KioskScreenKind;
import org.passerelle.kiosk.KioskSettings;
import org.passerelle.kiosk.KioskStatus;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a kiosk screen tells the fleet (issue 14): the kind of screen it shows, on each navigation and on the browser's
 * poll; and a kiosk whose server died, back on another server in a new session, on the welcome screen, with the help
 * request of its earlier session ended as "citizen left".
 */
class KioskFleetSignalTest extends KioskTest {

    @Autowired
    KioskFleet fleet;

    @Autowired
    FleetSettings fleetSettings;

    @Autowired
    KioskSettings settings;

    @Autowired
    HandoffService handoff;

    private KioskStatus kiosk() {
        return fleet.fleet().stream().filter(k -> k.id().equals(settings.id())).findFirst().orElseThrow();
    }

    private HelpRequestSummary stored(long id) {
        return handoff.requestOf(id).orElseThrow();
    }

    private void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    @Test
    void the_kiosk_tells_the_fleet_the_kind_of_screen_it_shows_and_never_more() {
        navigate(WelcomeView.class);
        assertThat(kiosk().screen()).isEqualTo(KioskScreenKind.WELCOME);
        assertThat(kiosk().online()).isTrue();

        start(Language.EN);
        assertThat(kiosk().screen()).isEqualTo(KioskScreenKind.HOME);

        navigate("guide/passport-renewal/step/2", GuideView.class);
        assertThat(kiosk().screen()).isEqualTo(KioskScreenKind.GUIDE_STEP);

        test($(Button.class).withClassName("help-button").single()).click();
        long id = session().helpRequest().orElseThrow();
        assertThat(kiosk().screen()).isEqualTo(KioskScreenKind.HELP_WAITING);

        handoff.claim(id, "agent");
        clock.advance(Duration.ofSeconds(1));
        poll();
        assertThat(kiosk().screen()).as("the poll that shows the agent took it").isEqualTo(KioskScreenKind.HELP_CHAT);

        navigate("home", HomeView.class);
        assertThat(kiosk().screen()).isEqualTo(KioskScreenKind.HOME);
        assertThat(stored(id).status()).as("a request of this session is left alone").isEqualTo(HelpStatus.CLAIMED);
        handoff.cancel(id);
    }

    @Test
    void the_browser_s_poll_is_the_kiosk_s_sign_of_life_and_the_help_screen_polls_faster_meanwhile() {
        start(Language.FR);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo((int) fleetSettings.signalEvery().toMillis());

        clock.advance(fleetSettings.writeEvery());
        poll();
        assertThat(kiosk().lastSeen()).isEqualTo(clock.instant());

        navigate("help", HelpView.class);
        assertThat(UI.getCurrent().getPollInterval()).isLessThan((int) fleetSettings.signalEvery().toMillis());
        navigate("home", HomeView.class);
        assertThat(UI.getCurrent().getPollInterval()).as("the signal goes on after the help screen")
                .isEqualTo((int) fleetSettings.signalEvery().toMillis());
    }

    @Test
    void a_kiosk_back_on_another_server_lands_on_the_welcome_screen_and_its_earlier_request_ends_as_citizen_left() {
        start(Language.EN);
        test($(Button.class).withClassName("help-button").single()).click();
        long id = session().helpRequest().orElseThrow();
        handoff.claim(id, "agent");
        handoff.agentSays(id, "agent", "Hello, I am coming.");

        // The server dies: the browser's session is gone, and it loads its page again from another server.
        clock.advance(Duration.ofSeconds(3));
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        UI.getCurrent().navigate("help");

        assertThat(getCurrentView()).isInstanceOf(WelcomeView.class);
        assertThat(session().helpRequest()).isEmpty();
        assertThat(stored(id).status()).isEqualTo(HelpStatus.CLOSED);
        assertThat(stored(id).outcome()).isEqualTo(HelpOutcome.CITIZEN_LEFT);
        assertThat(handoff.auditTrail(id)).extracting(AuditEntry::action).last().isEqualTo("KIOSK_RESTARTED");
        assertThat(kiosk().screen()).isEqualTo(KioskScreenKind.WELCOME);
    }
}
