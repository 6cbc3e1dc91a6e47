package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.TestAgents;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.NewHelpRequest;
import org.passerelle.kiosk.KioskSettings;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A kiosk over its help-request limit tells the citizen so and stays usable. The limits as shipped: the same
 * configuration as HelpRequestLimitsTest, so they share one Spring context (KioskTest's raises the limits).
 */
@SpringBootTest(properties = {"passerelle.handoff.limits.kiosk-max=5", "passerelle.handoff.limits.kiosk-refill=10m",
        "passerelle.handoff.limits.client-max=10", "passerelle.handoff.limits.client-refill=10m"})
@Import(MutableClock.Config.class)
class KioskHelpLimitTest extends SpringBrowserlessTest {

    @Autowired
    HandoffService handoff;

    @Autowired
    KioskSettings settings;

    @Test
    void a_kiosk_past_its_limit_says_so_in_french_stores_nothing_and_the_help_button_works_again() {
        // Someone on duty, so that a tap asks (with nobody, the kiosk records nothing and says when help is next there).
        TestAgents.onDuty(handoff, "help-limit-agent");
        for (int i = 0; i < 5; i++) {
            handoff.requestHelp(new NewHelpRequest(settings.id(), Language.EN, HelpReason.ASKED_FOR_PERSON, null, null,
                    List.of()));
        }
        long before = handoff.openRequests().stream().filter(r -> r.kioskId().equals(settings.id())).count();
        navigate(WelcomeView.class);
        test($(Button.class).withClassName("language-choice").withText("Français").single()).click();

        Button help = $(Button.class).withClassName("help-button").single();
        test(help).click();

        KioskLayout layout = $(KioskLayout.class).single();
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(layout.announced()).isEqualTo(layout.getTranslation(Language.FR.locale(),
                "handoff.problem.too_many_requests"));
        assertThat(help.isEnabled()).isTrue();
        assertThat(handoff.openRequests().stream().filter(r -> r.kioskId().equals(settings.id())).count())
                .isEqualTo(before);
    }
}
