package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.NewHelpRequest;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.handoff.PresenceStatus;
import org.passerelle.knowledge.Language;
import org.passerelle.site.DeskKind;
import org.passerelle.site.SiteService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The help button and help screen tell the truth for this kiosk now (issue 11), in English and French: someone
 * here, a remote helper, everyone busy, nobody now (outside hours, or nobody on duty), with a request left only
 * where someone will see it. The default site is staffed on weekdays 9:00 to 17:00, Toronto time.
 */
class KioskHelpAvailabilityTest extends KioskTest {

    private static final ZoneId SITE_ZONE = ZoneId.of("America/Toronto");

    @Autowired
    HandoffService handoff;

    @Autowired
    SiteService sites;

    /**
     * Each case starts with an empty line: the kiosk tests share one database, and requests other cases left open
     * would be ahead in the line (an agent is offered the oldest first) and change every branch.
     */
    @BeforeEach
    void nobodyInLine() {
        handoff.openRequests().forEach(r -> handoff.cancel(r.id()));
    }

    /** Moves the shared clock forward (never back) to the next Monday–Thursday at {@code hour}:00 at the site. */
    private void advanceToWeekday(int hour) {
        ZonedDateTime now = clock.instant().atZone(SITE_ZONE);
        ZonedDateTime target = now.withHour(hour).withMinute(0).withSecond(0).withNano(0);
        while (!target.isAfter(now) || target.getDayOfWeek().getValue() > DayOfWeek.THURSDAY.getValue()) {
            target = target.plusDays(1);
        }
        clock.advance(Duration.between(now, target));
    }

    /** Every agent away, and (once the grace period has passed) no console open. */
    private void nobodyOnDuty() {
        handoff.presences().forEach(p -> handoff.setStatus(p.agent(), PresenceStatus.AWAY));
        clock.advance(Duration.ofMinutes(5));
    }

    /** An agent of the remote team at their console, with {@code status}. */
    private void remoteAgent(String name, PresenceStatus status) {
        // the shared database also holds desks other tests made: take a remote desk that covers this kiosk's site
        long site = handoff.kiosk("kiosk-1").orElseThrow().siteId();
        long remote = sites.desks().stream().filter(d -> d.kind() == DeskKind.REMOTE && d.covers(site)).findFirst()
                .orElseThrow().id();
        handoff.openConsole(name);
        handoff.serve(name, Set.of(remote), EnumSet.allOf(Language.class));
        handoff.setStatus(name, status);
    }

    private String screen() {
        return getCurrentView().getElement().getTextRecursively();
    }

    private String helpButtonLine() {
        return $(Span.class).withClassName("help-availability").single().getText();
    }

    private void tapHelp() {
        test($(Button.class).withClassName("help-button").single()).click();
    }

    @Test
    void outside_staffed_hours_with_nobody_the_kiosk_says_so_in_french_with_tomorrow_and_the_other_ways() {
        advanceToWeekday(20);
        nobodyOnDuty();
        start(Language.FR);
        navigate("guide/passport-renewal/step/2", GuideView.class);
        assertThat(helpButtonLine()).isEqualTo("Personne ne peut aider en ce moment");

        tapHelp();

        assertThat(getCurrentView()).isInstanceOf(HelpView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Personne ne peut vous aider en ce moment");
        assertThat(screen()).contains("Le personnel n’est pas là à cette heure-ci.",
                "La prochaine aide sera offerte demain à 9 h.", "Autres façons d’obtenir de l’aide",
                "Demandez au comptoir d'accueil.");
        assertThat($(Div.class).withClassName("help-nobody").single().getElement().getAttribute("role")).isEqualTo("status");
        assertThat($(Button.class).withClassName("leave-request").all()).isEmpty();
        assertThat(session().helpRequest()).isEmpty();
        assertThat(screen()).doesNotContain("minute");
    }

    @Test
    void outside_hours_a_request_can_be_left_in_english_only_when_someone_will_see_it() {
        advanceToWeekday(20);
        nobodyOnDuty();
        remoteAgent("night-agent", PresenceStatus.AWAY);
        start(Language.EN);

        tapHelp();

        assertThat($(H1.class).single().getText()).isEqualTo("Nobody can help you right now");
        assertThat(screen()).contains("Staff are not here at this time.", "Help is next available tomorrow at 9:00 a.m.",
                "Ask at the front counter.");
        assertThat(session().helpRequest()).isEmpty();

        test($(Button.class).withClassName("leave-request").single()).click();

        long id = session().helpRequest().orElseThrow();
        assertThat(handoff.ticket(id).orElseThrow().status()).isEqualTo(HelpStatus.WAITING);
        assertThat(screen()).contains("Nobody can help right now. A staff member will see your request as soon as they can.")
                .doesNotContain("It usually takes about");
    }

    @Test
    void within_staffed_hours_with_nobody_on_duty_the_kiosk_says_nobody_is_free_in_french() {
        advanceToWeekday(11);
        nobodyOnDuty();
        start(Language.FR);

        tapHelp();

        assertThat(screen()).contains("Aucun membre du personnel n’est libre pour aider en ce moment.")
                .doesNotContain("La prochaine aide");
        assertThat(session().helpRequest()).isEmpty();
    }

    @Test
    void someone_on_site_is_said_on_the_button_and_the_offer_in_english_and_in_french() {
        start(Language.EN);
        assertThat(helpButtonLine()).isEqualTo("Staff here can help now");
        navigate(HelpView.class);
        assertThat(screen()).contains("A staff member here is free. They will come to this kiosk.");

        test($(Button.class).withClassName("tool-language").single()).click();

        assertThat(helpButtonLine()).isEqualTo("Le personnel sur place peut vous aider");
        assertThat(screen()).contains("Un membre du personnel sur place est libre. Il va venir à cette borne.");
    }

    @Test
    void a_remote_helper_will_write_on_this_screen_in_french_and_the_request_is_recorded_at_once() {
        advanceToWeekday(20);
        nobodyOnDuty();
        remoteAgent("remote-agent", PresenceStatus.AVAILABLE);
        start(Language.FR);
        assertThat(helpButtonLine()).isEqualTo("Une personne peut vous écrire maintenant");

        tapHelp();

        assertThat(session().helpRequest()).isPresent();
        assertThat(screen()).contains("Une personne va vous écrire sur cet écran.");
    }

    @Test
    void everyone_busy_gives_the_real_place_in_line_and_about_how_long_in_english() {
        advanceToWeekday(20);
        nobodyOnDuty();
        remoteAgent("busy-agent", PresenceStatus.AVAILABLE);
        handoff.setCapacity("busy-agent", 1);
        // Another person is with the only agent on duty.
        long elsewhere = handoff.requestHelp(new NewHelpRequest("kiosk-1", Language.EN, HelpReason.ASKED_FOR_PERSON,
                null, null, List.of())).id();
        handoff.claim(elsewhere, "busy-agent");
        start(Language.EN);

        assertThat(helpButtonLine()).startsWith("Wait: about ");
        navigate(HelpView.class);

        assertThat(screen()).containsPattern("All staff members are busy\\. You would be (next in line|number \\d+ in line)\\.")
                .containsPattern("It takes about \\d+ minutes?\\.");
        assertThat(button("Yes, wait for a person")).isNotNull();
    }
}
