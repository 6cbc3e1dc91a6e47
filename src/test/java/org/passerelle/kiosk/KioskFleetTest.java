package org.passerelle.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.handoff.AuditEntry;
import org.passerelle.handoff.HandoffException;
import org.passerelle.handoff.HandoffFeed;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HandoffUpdate;
import org.passerelle.handoff.HelpOutcome;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.handoff.NewHelpRequest;
import org.passerelle.handoff.TestAgents;
import org.passerelle.knowledge.Language;
import org.passerelle.site.Province;
import org.passerelle.site.SiteForm;
import org.passerelle.site.SiteService;
import org.passerelle.site.WeeklyHours;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The kiosk fleet as administrators and agents live it: kiosks say they are there, go silent, come back in a new
 * session after their server died. Same configuration as KioskEnrolmentTest and the view tests (one shared context and
 * database), so each test uses kiosks of its own and moves the shared clock only forward.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
class KioskFleetTest {

    private static final String AGENT = "fleet-agent";

    @Autowired
    KioskFleet fleet;

    @Autowired
    HandoffService handoff;

    @Autowired
    HandoffFeed feed;

    @Autowired
    SiteService sites;

    @Autowired
    FleetSettings settings;

    @Autowired
    MutableClock clock;

    private final List<HandoffUpdate> heard = new CopyOnWriteArrayList<>();
    private HandoffFeed.Subscription listening;

    @BeforeEach
    void listenAndPutAnAgentOnDuty() {
        listening = feed.subscribe(heard::add);
        TestAgents.onDuty(handoff, AGENT);
    }

    @AfterEach
    void stopListening() {
        listening.cancel();
    }

    private String kiosk() {
        String id = "fleet-" + UUID.randomUUID();
        handoff.registerKiosk(id, "Kiosk " + id.substring(6, 12), "Main library, ground floor");
        return id;
    }

    /** A new browser session of a kiosk, started now. */
    private BrowserSession session() {
        return new BrowserSession(UUID.randomUUID().toString(), clock.instant());
    }

    private long ask(String kiosk, BrowserSession session) {
        return handoff.requestHelp(new NewHelpRequest(kiosk, Language.EN, HelpReason.ASKED_FOR_PERSON, null, null,
                List.of(), session.id())).id();
    }

    private KioskStatus status(String kiosk) {
        return fleet.fleet().stream().filter(k -> k.id().equals(kiosk)).findFirst().orElseThrow();
    }

    private HelpRequestSummary stored(long id) {
        return handoff.requestOf(id).orElseThrow();
    }

    private List<String> actions(long id) {
        return handoff.auditTrail(id).stream().map(AuditEntry::action).toList();
    }

    /** A site whose doors are open on every day of the week from {@code hours}, or never with "". */
    private long siteOpen(String hours) {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, hours);
        }
        WeeklyHours opening = WeeklyHours.parse(week);
        return Admins.as("root-admin", () -> sites.createSite(new SiteForm("Fleet branch " + UUID.randomUUID(), "",
                "America/Toronto", Province.ON, Set.of(Language.EN), opening, WeeklyHours.parse(Map.of()), List.of(),
                "Ask at the desk", "Demandez au comptoir"))).info().id();
    }

    // ---- Seen, throttled ------------------------------------------------------------------------------

    @Test
    void a_kiosk_showing_the_same_kind_of_screen_is_written_at_most_every_30_seconds() {
        String kiosk = kiosk();
        BrowserSession session = session();

        assertThat(fleet.seen(kiosk, session, KioskScreenKind.WELCOME)).as("first word").isTrue();
        clock.advance(Duration.ofSeconds(10));
        assertThat(fleet.seen(kiosk, session, KioskScreenKind.WELCOME)).isFalse();
        clock.advance(Duration.ofSeconds(19));
        assertThat(fleet.seen(kiosk, session, KioskScreenKind.WELCOME)).as("29 s after the write").isFalse();
        assertThat(status(kiosk).lastSeen()).as("what the database knows").isEqualTo(clock.instant().minusSeconds(29));

        clock.advance(Duration.ofSeconds(1));
        assertThat(fleet.seen(kiosk, session, KioskScreenKind.WELCOME)).as("30 s after the write").isTrue();
        assertThat(status(kiosk).lastSeen()).isEqualTo(clock.instant());
    }

    @Test
    void a_new_kind_of_screen_is_written_at_once() {
        String kiosk = kiosk();
        BrowserSession session = session();
        fleet.seen(kiosk, session, KioskScreenKind.WELCOME);

        clock.advance(Duration.ofSeconds(2));
        assertThat(fleet.seen(kiosk, session, KioskScreenKind.HOME)).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(fleet.seen(kiosk, session, KioskScreenKind.GUIDE_STEP)).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(fleet.seen(kiosk, session, KioskScreenKind.GUIDE_STEP)).as("the next step: the same kind").isFalse();

        assertThat(status(kiosk).screen()).isEqualTo(KioskScreenKind.GUIDE_STEP);
    }

    @Test
    void fifty_kiosks_signalling_every_20_seconds_for_ten_minutes_write_at_most_once_per_kiosk_per_30_seconds() {
        List<String> kiosks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            kiosks.add(kiosk());
        }
        BrowserSession session = session();
        int signals = 0;
        int writes = 0;
        for (int tick = 0; tick < 30; tick++) {
            for (String kiosk : kiosks) {
                signals++;
                writes += fleet.seen(kiosk, session, KioskScreenKind.WELCOME) ? 1 : 0;
            }
            clock.advance(settings.signalEvery());
        }
        // 20 s apart: a write, a skip, a write... (0, 40, 80 s...): 15 of the 30 signals of each kiosk
        assertThat(signals).isEqualTo(50 * 30);
        assertThat(writes).isEqualTo(50 * 15);
        assertThat(kiosks).allSatisfy(kiosk -> assertThat(status(kiosk).online()).isTrue());
    }

    @Test
    void a_browser_that_is_no_registered_kiosk_is_refused() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> fleet.seen("no-such-kiosk-" + UUID.randomUUID(), session(), KioskScreenKind.HOME));
    }

    // ---- Online, offline, alerts ------------------------------------------------------------------------

    @Test
    void a_kiosk_is_online_while_seen_within_90_seconds_with_its_site_and_the_kind_of_screen_only() {
        String kiosk = kiosk();
        long site = siteOpen("");
        handoff.placeKiosk(kiosk, site);
        fleet.seen(kiosk, session(), KioskScreenKind.HELP_WAITING);

        clock.advance(Duration.ofSeconds(89));
        KioskStatus seen = status(kiosk);
        assertThat(seen.online()).isTrue();
        assertThat(seen.screen()).isEqualTo(KioskScreenKind.HELP_WAITING);
        assertThat(seen.siteId()).isEqualTo(site);
        assertThat(seen.siteName()).startsWith("Fleet branch ");
        assertThat(seen.offlineSince()).isNull();

        clock.advance(Duration.ofSeconds(1));
        KioskStatus silent = status(kiosk);
        assertThat(silent.online()).isFalse();
        assertThat(silent.offlineSince()).isEqualTo(clock.instant());
        assertThat(silent.alert()).as("its site is never open").isFalse();
    }

    @Test
    void a_kiosk_offline_while_its_site_is_open_is_an_alert() {
        String kiosk = kiosk();
        handoff.placeKiosk(kiosk, siteOpen("00:00-24:00"));
        fleet.seen(kiosk, session(), KioskScreenKind.WELCOME);

        clock.advance(Duration.ofSeconds(60));
        assertThat(status(kiosk).alert()).as("online").isFalse();
        clock.advance(Duration.ofSeconds(31));
        assertThat(status(kiosk).alert()).isTrue();

        fleet.seen(kiosk, session(), KioskScreenKind.WELCOME);
        assertThat(status(kiosk).alert()).as("back").isFalse();
    }

    @Test
    void a_kiosk_never_seen_is_offline_without_an_alert() {
        String kiosk = kiosk();
        handoff.placeKiosk(kiosk, siteOpen("00:00-24:00"));

        KioskStatus never = status(kiosk);
        assertThat(never.online()).isFalse();
        assertThat(never.lastSeen()).isNull();
        assertThat(never.screen()).isNull();
        assertThat(never.alert()).isFalse();
    }

    // ---- A kiosk back in a new session --------------------------------------------------------------------

    @Test
    void a_kiosk_back_in_a_new_session_ends_its_earlier_requests_as_citizen_left_whoever_holds_them() {
        String kiosk = kiosk();
        BrowserSession before = session();
        fleet.seen(kiosk, before, KioskScreenKind.HELP_WAITING);
        long waiting = ask(kiosk, before);
        long claimed = ask(kiosk, before);
        handoff.claim(claimed, AGENT);
        handoff.agentSays(claimed, AGENT, "Hello, I can help.");

        // its server died; the browser came back on another one, on the welcome screen
        clock.advance(Duration.ofSeconds(5));
        fleet.seen(kiosk, session(), KioskScreenKind.WELCOME);

        for (long id : List.of(waiting, claimed)) {
            assertThat(stored(id).status()).isEqualTo(HelpStatus.CLOSED);
            assertThat(stored(id).outcome()).isEqualTo(HelpOutcome.CITIZEN_LEFT);
            assertThat(handoff.auditTrail(id)).last().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("KIOSK_RESTARTED");
                assertThat(entry.actor()).isEqualTo("kiosk:" + kiosk);
                assertThat(entry.detail()).isEqualTo(HelpOutcome.CITIZEN_LEFT.name());
            });
            assertThat(heard).as("the consoles hear it").anyMatch(u -> u.requestId() == id
                    && u.kind() == HandoffUpdate.Kind.CLOSED);
        }
        assertThat(status(kiosk).screen()).isEqualTo(KioskScreenKind.WELCOME);
    }

    @Test
    void the_agent_who_held_an_ended_request_is_told_plainly_and_goes_on_with_the_next() {
        String kiosk = kiosk();
        BrowserSession before = session();
        fleet.seen(kiosk, before, KioskScreenKind.HELP_CHAT);
        long held = ask(kiosk, before);
        handoff.claim(held, AGENT);

        clock.advance(Duration.ofSeconds(5));
        BrowserSession after = session();
        fleet.seen(kiosk, after, KioskScreenKind.WELCOME);

        assertThat(handoff.heldBy(AGENT)).extracting(HelpRequestSummary::id).doesNotContain(held);
        assertThatExceptionOfType(HandoffException.class)
                .isThrownBy(() -> handoff.agentSays(held, AGENT, "Are you still there?"))
                .extracting(HandoffException::problem).isEqualTo(HandoffException.Problem.CLOSED);
        clock.advance(Duration.ofSeconds(1));
        long next = ask(kiosk, after);
        assertThat(handoff.claim(next, AGENT).status()).isEqualTo(HelpStatus.CLAIMED);
        assertThat(handoff.heldBy(AGENT)).extracting(HelpRequestSummary::id).contains(next);
    }

    @Test
    void the_requests_of_the_session_that_reports_are_left_alone() {
        String kiosk = kiosk();
        BrowserSession session = session();
        fleet.seen(kiosk, session, KioskScreenKind.HOME);
        clock.advance(Duration.ofSeconds(1));
        long mine = ask(kiosk, session);

        clock.advance(Duration.ofSeconds(1));
        fleet.seen(kiosk, session, KioskScreenKind.HELP_WAITING);
        clock.advance(Duration.ofMinutes(1));
        fleet.seen(kiosk, session, KioskScreenKind.HELP_WAITING);

        assertThat(stored(mine).status()).isEqualTo(HelpStatus.WAITING);
    }

    @Test
    void an_older_session_heard_after_a_newer_one_ends_nothing() {
        String kiosk = kiosk();
        BrowserSession older = session();
        clock.advance(Duration.ofSeconds(1));
        BrowserSession newer = session();
        fleet.seen(kiosk, newer, KioskScreenKind.HOME);
        clock.advance(Duration.ofSeconds(1));
        long fromNewer = ask(kiosk, newer);

        clock.advance(Duration.ofSeconds(1));
        fleet.seen(kiosk, older, KioskScreenKind.HOME);

        assertThat(stored(fromNewer).status()).isEqualTo(HelpStatus.WAITING);
    }

    @Test
    void a_request_made_before_any_session_id_ends_when_the_kiosk_starts_a_new_session() {
        String kiosk = kiosk();
        long old = handoff.requestHelp(new NewHelpRequest(kiosk, Language.FR, HelpReason.ASKED_FOR_PERSON, null, null,
                List.of())).id();

        clock.advance(Duration.ofSeconds(1));
        fleet.seen(kiosk, session(), KioskScreenKind.WELCOME);

        assertThat(stored(old).outcome()).isEqualTo(HelpOutcome.CITIZEN_LEFT);
    }

    // ---- A kiosk gone silent ------------------------------------------------------------------------------

    @Test
    void the_open_requests_of_a_kiosk_silent_for_two_minutes_end_as_citizen_left() {
        String kiosk = kiosk();
        BrowserSession session = session();
        fleet.seen(kiosk, session, KioskScreenKind.HELP_WAITING);
        long waiting = ask(kiosk, session);
        long claimed = ask(kiosk, session);
        handoff.claim(claimed, AGENT);

        clock.advance(settings.helpEndsAfter());
        fleet.endRequestsOfSilentKiosks();
        assertThat(stored(waiting).status()).as("silent for exactly two minutes").isEqualTo(HelpStatus.WAITING);

        clock.advance(Duration.ofSeconds(1));
        assertThat(fleet.endRequestsOfSilentKiosks()).isGreaterThanOrEqualTo(2);

        for (long id : List.of(waiting, claimed)) {
            assertThat(stored(id).status()).isEqualTo(HelpStatus.CLOSED);
            assertThat(stored(id).outcome()).isEqualTo(HelpOutcome.CITIZEN_LEFT);
            assertThat(actions(id)).last().isEqualTo("KIOSK_SILENT");
        }
        assertThat(handoff.heldBy(AGENT)).extracting(HelpRequestSummary::id).doesNotContain(claimed);
    }

    @Test
    void a_kiosk_that_keeps_signalling_keeps_its_requests() {
        String kiosk = kiosk();
        BrowserSession session = session();
        fleet.seen(kiosk, session, KioskScreenKind.HELP_WAITING);
        long waiting = ask(kiosk, session);

        for (int i = 0; i < 12; i++) {
            clock.advance(settings.signalEvery());
            fleet.seen(kiosk, session, KioskScreenKind.HELP_WAITING);
            fleet.endRequestsOfSilentKiosks();
        }

        assertThat(stored(waiting).status()).isEqualTo(HelpStatus.WAITING);
    }

    @Test
    void the_requests_of_a_kiosk_never_heard_from_are_left_alone() {
        String kiosk = kiosk();
        long made = handoff.requestHelp(new NewHelpRequest(kiosk, Language.EN, HelpReason.ASKED_FOR_PERSON, null, null,
                List.of())).id();

        clock.advance(Duration.ofMinutes(5));
        fleet.endRequestsOfSilentKiosks();

        assertThat(stored(made).status()).isEqualTo(HelpStatus.WAITING);
        handoff.cancel(made);
    }
}
