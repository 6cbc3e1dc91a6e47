package org.passerelle.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.passerelle.handoff.TestKiosks.assertRefused;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.passerelle.handoff.HandoffException.Problem;
import org.passerelle.handoff.HandoffUpdate.Kind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A help request's life as the kiosk and the agents see it, through the public API only. Every call commits, so
 * what the feed hears after a commit (and not after a rollback) can be checked.
 */
class HandoffLifecycleTest extends HandoffSpringTest {

    private static final long NO_SUCH_REQUEST = 987_654_321L;

    @Autowired
    PlatformTransactionManager transactions;

    private String kiosk;
    private FeedRecorder heard;

    @BeforeEach
    void registerAKioskAndListenToIt() {
        String mine = TestKiosks.register(handoff);
        kiosk = mine;
        heard = new FeedRecorder(feed, update -> update.kioskId().equals(mine));
    }

    @AfterEach
    void stopListening() {
        heard.stop();
    }

    private long ask(TranscriptLine... transcript) {
        clock.advance(Duration.ofSeconds(1));
        return TestKiosks.ask(handoff, kiosk, transcript);
    }

    private long claimed(String agent) {
        long id = ask();
        handoff.claim(id, agent);
        return id;
    }

    private HelpRequestSummary stored(long id) {
        return handoff.requestOf(id).orElseThrow();
    }

    // ---- waiting → claimed → live → closed ------------------------------------------------------

    @Test
    void a_request_waits_is_claimed_goes_live_with_the_agents_first_message_and_closes() {
        long id = ask(new TranscriptLine(Speaker.CITIZEN, "how do I renew my passport"));
        assertThat(stored(id).status()).isEqualTo(HelpStatus.WAITING);
        assertThat(handoff.ticket(id).orElseThrow().position()).isPositive();

        clock.advance(Duration.ofMinutes(2));
        HelpRequestSummary claimed = handoff.claim(id, "alice");
        assertThat(claimed.status()).isEqualTo(HelpStatus.CLAIMED);
        assertThat(claimed.agent()).isEqualTo("alice");
        assertThat(claimed.claimedAt()).isEqualTo(clock.instant());
        assertThat(handoff.ticket(id).orElseThrow().position()).as("no longer in line").isZero();

        handoff.agentSays(id, "alice", "Hello, I am Alice. I can help.");
        assertThat(stored(id).status()).isEqualTo(HelpStatus.LIVE);
        handoff.citizenSays(id, "Thank you");

        HelpRequestSummary closed = handoff.close(id, "alice", HelpOutcome.RESOLVED);
        assertThat(closed.status()).isEqualTo(HelpStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(HelpOutcome.RESOLVED);
        assertThat(closed.closedAt()).isEqualTo(clock.instant());
        assertThat(handoff.ticket(id).orElseThrow().status()).isEqualTo(HelpStatus.CLOSED);
        assertThat(handoff.openRequests()).extracting(HelpRequestSummary::id).doesNotContain(id);
        assertThat(handoff.transcript(id)).containsExactly(
                new TranscriptLine(Speaker.CITIZEN, "how do I renew my passport"),
                new TranscriptLine(Speaker.AGENT, "Hello, I am Alice. I can help."),
                new TranscriptLine(Speaker.CITIZEN, "Thank you"));
    }

    @Test
    void saying_i_am_coming_over_makes_a_claimed_request_live_and_tells_the_kiosk() {
        long id = claimed("alice");

        HelpRequestSummary coming = handoff.comingOver(id, "alice");

        assertThat(coming.status()).isEqualTo(HelpStatus.LIVE);
        assertThat(coming.comingOver()).isTrue();
        assertThat(heard.about(id)).containsExactly(Kind.CREATED, Kind.CLAIMED, Kind.COMING_OVER);
    }

    @Test
    void sending_a_guide_makes_the_request_live_and_tells_the_kiosk_which_guide_and_step() {
        long id = claimed("alice");

        handoff.sendGuide(id, "alice", "passport-renew", 3);

        assertThat(stored(id).status()).isEqualTo(HelpStatus.LIVE);
        assertThat(heard.all()).filteredOn(update -> update.requestId() == id && update.kind() == Kind.GUIDE_SENT)
                .singleElement().satisfies(update -> {
                    assertThat(update.guideId()).isEqualTo("passport-renew");
                    assertThat(update.step()).isEqualTo(3);
                    assertThat(update.kioskId()).isEqualTo(kiosk);
                });
    }

    @ParameterizedTest
    @EnumSource(HelpOutcome.class)
    void an_agent_closes_a_live_request_with_any_outcome(HelpOutcome outcome) {
        long id = claimed("alice");
        handoff.agentSays(id, "alice", "Are you still there?");

        HelpRequestSummary closed = handoff.close(id, "alice", outcome);

        assertThat(closed.status()).isEqualTo(HelpStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(outcome);
        assertThat(stored(id).outcome()).isEqualTo(outcome);
        assertThat(handoff.auditTrail(id)).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CLOSED");
            assertThat(entry.detail()).isEqualTo(outcome.name());
        });
    }

    @Test
    void an_agent_may_close_a_claimed_request_without_a_word_when_the_citizen_has_gone() {
        long id = claimed("alice");

        assertThat(handoff.close(id, "alice", HelpOutcome.CITIZEN_LEFT).status()).isEqualTo(HelpStatus.CLOSED);
    }

    // ---- The citizen cancels ----------------------------------------------------------------------

    @Test
    void the_citizen_can_cancel_while_the_request_waits_or_is_being_helped() {
        long waiting = ask();
        long claimed = claimed("alice");
        long live = claimed("bob");
        handoff.agentSays(live, "bob", "Hello");

        for (long id : new long[] {waiting, claimed, live}) {
            assertThat(handoff.cancel(id)).isTrue();
            assertThat(stored(id).status()).isEqualTo(HelpStatus.CANCELLED);
            assertThat(stored(id).closedAt()).isEqualTo(clock.instant());
            assertThat(heard.about(id)).last().isEqualTo(Kind.CANCELLED);
        }
        assertRefused(Problem.CLOSED, () -> handoff.agentSays(live, "bob", "Hello?"));
    }

    @Test
    void a_request_that_has_ended_cannot_be_cancelled() {
        long closed = claimed("alice");
        handoff.close(closed, "alice", HelpOutcome.RESOLVED);
        long cancelled = ask();
        handoff.cancel(cancelled);

        assertThat(handoff.cancel(closed)).isFalse();
        assertThat(handoff.cancel(cancelled)).isFalse();
        assertThat(stored(closed).status()).isEqualTo(HelpStatus.CLOSED);
        assertThat(handoff.auditTrail(cancelled)).filteredOn(entry -> entry.action().equals("CANCELLED")).hasSize(1);
    }

    // ---- A citizen who walked away (issue 11) ---------------------------------------------------------

    @Test
    void a_kiosk_left_alone_ends_the_request_as_citizen_left_not_as_cancelled_whoever_holds_it() {
        long waiting = ask();
        long live = claimed("bob");
        handoff.agentSays(live, "bob", "Hello");

        for (long id : new long[] {waiting, live}) {
            assertThat(handoff.citizenLeft(id)).isTrue();
            assertThat(stored(id).status()).isEqualTo(HelpStatus.CLOSED);
            assertThat(stored(id).outcome()).isEqualTo(HelpOutcome.CITIZEN_LEFT);
            assertThat(stored(id).closedAt()).isEqualTo(clock.instant());
            assertThat(heard.about(id)).last().isEqualTo(Kind.CLOSED);
            assertThat(handoff.auditTrail(id)).last().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("CLOSED");
                assertThat(entry.detail()).isEqualTo(HelpOutcome.CITIZEN_LEFT.name());
            });
        }
        assertThat(handoff.citizenLeft(live)).isFalse();
        assertRefused(Problem.CLOSED, () -> handoff.agentSays(live, "bob", "Hello?"));
    }

    @Test
    void the_agent_is_told_the_citizen_may_have_left_and_told_again_when_they_answer() {
        long live = claimed("bob");
        handoff.agentSays(live, "bob", "Hello");
        long before = stored(live).version();

        handoff.citizenMayHaveLeft(live);
        assertThat(stored(live).citizenIdleSince()).isEqualTo(clock.instant());
        assertThat(stored(live).version()).isGreaterThan(before);
        assertThat(heard.about(live)).last().isEqualTo(Kind.CITIZEN_IDLE);

        handoff.citizenStillHere(live);
        assertThat(stored(live).citizenIdleSince()).isNull();
        assertThat(heard.about(live)).last().isEqualTo(Kind.CITIZEN_BACK);
        assertThat(stored(live).status()).isEqualTo(HelpStatus.LIVE);
        handoff.agentSays(live, "bob", "Still there?"); // the agent's next write does not conflict
    }

    @Test
    void the_record_keeps_the_last_guide_the_agent_sent_and_the_guide_the_citizen_asked_from() {
        long live = claimed("bob");
        handoff.sendGuide(live, "bob", "sin-apply", 2);
        handoff.sendGuide(live, "bob", "passport-renewal", 3);
        handoff.close(live, "bob", HelpOutcome.RESOLVED);

        assertThat(stored(live).sentGuideId()).isEqualTo("passport-renewal");
        assertThat(stored(live).sentStep()).isEqualTo(3);
        assertThat(stored(live).guideId()).isNull();
    }

    // ---- Back to the queue --------------------------------------------------------------------------

    @Test
    void a_released_request_goes_back_to_the_queue_in_its_original_place() {
        long first = ask();
        long second = ask();
        long third = ask();
        handoff.claim(first, "alice");
        assertThat(handoff.ticket(second).orElseThrow().position())
                .isEqualTo(handoff.ticket(third).orElseThrow().position() - 1);

        clock.advance(Duration.ofMinutes(5));
        HelpRequestSummary released = handoff.release(first, "alice");

        assertThat(released.status()).isEqualTo(HelpStatus.WAITING);
        assertThat(released.agent()).isNull();
        assertThat(released.claimedAt()).isNull();
        int position = handoff.ticket(first).orElseThrow().position();
        assertThat(handoff.ticket(second).orElseThrow().position()).isEqualTo(position + 1);
        assertThat(handoff.ticket(third).orElseThrow().position()).isEqualTo(position + 2);
        assertThat(handoff.openRequests()).extracting(HelpRequestSummary::id)
                .filteredOn(id -> id == first || id == second || id == third).containsExactly(first, second, third);
        assertThat(handoff.claim(first, "bob").agent()).as("another agent can take it").isEqualTo("bob");
    }

    // ---- Expiry -----------------------------------------------------------------------------------

    @Test
    void a_request_nobody_takes_expires_after_the_configured_time_but_one_an_agent_holds_does_not() {
        assertThat(settings.expireAfter()).isEqualTo(Duration.ofMinutes(30));
        long waiting = ask();
        long claimed = claimed("alice");
        long live = claimed("bob");
        handoff.agentSays(live, "bob", "Hello");

        clock.advance(settings.expireAfter().minusSeconds(5));
        handoff.expireStale();
        assertThat(stored(waiting).status()).as("not yet").isEqualTo(HelpStatus.WAITING);

        clock.advance(Duration.ofSeconds(10));
        handoff.expireStale();

        assertThat(stored(waiting).status()).isEqualTo(HelpStatus.EXPIRED);
        assertThat(stored(waiting).closedAt()).isEqualTo(clock.instant());
        assertThat(stored(claimed).status()).isEqualTo(HelpStatus.CLAIMED);
        assertThat(stored(live).status()).isEqualTo(HelpStatus.LIVE);
        assertThat(heard.about(waiting)).last().isEqualTo(Kind.EXPIRED);
        assertThat(handoff.auditTrail(waiting)).last().extracting(AuditEntry::actor, AuditEntry::action)
                .containsExactly("system", "EXPIRED");
        assertRefused(Problem.CLOSED, () -> handoff.claim(waiting, "carol"));
        assertThat(handoff.cancel(waiting)).isFalse();
    }

    @Test
    void a_request_handed_back_to_the_queue_waits_the_full_time_again_before_it_expires() {
        long id = claimed("alice");
        handoff.agentSays(id, "alice", "Let me find a colleague who knows this form.");
        clock.advance(settings.expireAfter().plusMinutes(10));
        handoff.release(id, "alice");

        clock.advance(Duration.ofMinutes(1));
        handoff.expireStale();
        assertThat(stored(id).status()).as("the citizen was talking to an agent a minute ago")
                .isEqualTo(HelpStatus.WAITING);

        clock.advance(settings.expireAfter());
        handoff.expireStale();
        assertThat(stored(id).status()).isEqualTo(HelpStatus.EXPIRED);
    }

    // ---- Who may do what --------------------------------------------------------------------------

    @Test
    void an_agent_who_does_not_hold_a_request_cannot_act_on_it() {
        long waiting = ask();
        long alices = claimed("alice");

        for (long id : new long[] {waiting, alices}) {
            assertRefused(Problem.NOT_YOURS, () -> handoff.agentSays(id, "bob", "Hello"));
            assertRefused(Problem.NOT_YOURS, () -> handoff.note(id, "bob", "mine now"));
            assertRefused(Problem.NOT_YOURS, () -> handoff.comingOver(id, "bob"));
            assertRefused(Problem.NOT_YOURS, () -> handoff.sendGuide(id, "bob", "passport-renew", 1));
            assertRefused(Problem.NOT_YOURS, () -> handoff.release(id, "bob"));
            assertRefused(Problem.NOT_YOURS, () -> handoff.close(id, "bob", HelpOutcome.RESOLVED));
        }
        assertRefused(Problem.ALREADY_CLAIMED, () -> handoff.claim(alices, "bob"));
        assertThat(stored(alices).agent()).isEqualTo("alice");
        assertThat(stored(waiting).status()).isEqualTo(HelpStatus.WAITING);
        assertThat(handoff.conversation(alices)).isEmpty();
        assertThat(handoff.notes(alices)).isEmpty();
    }

    @Test
    void acting_on_a_closed_request_is_refused_as_closed() {
        long id = claimed("alice");
        handoff.close(id, "alice", HelpOutcome.RESOLVED);

        assertRefused(Problem.CLOSED, () -> handoff.agentSays(id, "alice", "one more thing"));
        assertRefused(Problem.CLOSED, () -> handoff.note(id, "alice", "one more thing"));
        assertRefused(Problem.CLOSED, () -> handoff.comingOver(id, "alice"));
        assertRefused(Problem.CLOSED, () -> handoff.sendGuide(id, "alice", "passport-renew", 1));
        assertRefused(Problem.CLOSED, () -> handoff.release(id, "alice"));
        assertRefused(Problem.CLOSED, () -> handoff.close(id, "alice", HelpOutcome.REFERRED));
        assertRefused(Problem.CLOSED, () -> handoff.claim(id, "bob"));
        assertRefused(Problem.CLOSED, () -> handoff.citizenSays(id, "hello?"));
        assertThat(stored(id).outcome()).isEqualTo(HelpOutcome.RESOLVED);
    }

    @Test
    void an_unknown_request_is_refused_as_unknown() {
        assertRefused(Problem.UNKNOWN_REQUEST, () -> handoff.claim(NO_SUCH_REQUEST, "alice"));
        assertRefused(Problem.UNKNOWN_REQUEST, () -> handoff.agentSays(NO_SUCH_REQUEST, "alice", "Hello"));
        assertRefused(Problem.UNKNOWN_REQUEST, () -> handoff.citizenSays(NO_SUCH_REQUEST, "Hello"));
        assertRefused(Problem.UNKNOWN_REQUEST, () -> handoff.note(NO_SUCH_REQUEST, "alice", "note"));
        assertRefused(Problem.UNKNOWN_REQUEST, () -> handoff.release(NO_SUCH_REQUEST, "alice"));
        assertRefused(Problem.UNKNOWN_REQUEST, () -> handoff.close(NO_SUCH_REQUEST, "alice", HelpOutcome.RESOLVED));
        assertThat(handoff.requestOf(NO_SUCH_REQUEST)).isEmpty();
        assertThat(handoff.conversation(NO_SUCH_REQUEST)).isEmpty();
    }

    @Test
    void a_kiosk_that_was_never_registered_cannot_ask_for_help() {
        assertRefused(Problem.UNKNOWN_KIOSK, () -> TestKiosks.ask(handoff, "kiosk-nobody-registered"));
        assertThat(handoff.openRequests()).extracting(HelpRequestSummary::kioskId).doesNotContain("kiosk-nobody-registered");
    }

    // ---- What is stored ---------------------------------------------------------------------------

    @Test
    void empty_and_too_long_messages_are_refused_and_nothing_is_stored() {
        long id = claimed("alice");
        String tooLong = "a".repeat(settings.maxMessage() + 1);

        for (String text : new String[] {"", "   \n\t "}) {
            assertRefused(Problem.EMPTY_MESSAGE, () -> handoff.citizenSays(id, text));
            assertRefused(Problem.EMPTY_MESSAGE, () -> handoff.agentSays(id, "alice", text));
            assertRefused(Problem.EMPTY_MESSAGE, () -> handoff.note(id, "alice", text));
        }
        assertRefused(Problem.MESSAGE_TOO_LONG, () -> handoff.citizenSays(id, tooLong));
        assertRefused(Problem.MESSAGE_TOO_LONG, () -> handoff.agentSays(id, "alice", tooLong));
        assertRefused(Problem.MESSAGE_TOO_LONG, () -> handoff.note(id, "alice", tooLong));
        assertThat(handoff.conversation(id)).isEmpty();
        assertThat(handoff.notes(id)).isEmpty();
        assertThat(stored(id).status()).as("a refused first message does not make it live").isEqualTo(HelpStatus.CLAIMED);

        String longest = "b".repeat(settings.maxMessage());
        handoff.agentSays(id, "alice", longest);
        assertThat(handoff.conversation(id)).extracting(ChatLine::text).containsExactly(longest);
    }

    @Test
    void script_laden_messages_are_stored_as_the_exact_text_they_are() {
        String script = "<script>alert(document.cookie)</script><img src=x onerror=\"alert('x')\"> &lt;b&gt; & <b>";
        long id = ask(new TranscriptLine(Speaker.CITIZEN, script));
        handoff.claim(id, "alice");

        handoff.citizenSays(id, script);
        handoff.agentSays(id, "alice", "<a href=\"javascript:alert(1)\">click</a>");
        handoff.citizenSays(id, "<b onclick=\"steal()\">marie.tremblay@exemple.ca</b>");
        handoff.note(id, "alice", script);

        assertThat(handoff.conversation(id)).extracting(ChatLine::text).containsExactly(
                script, script, "<a href=\"javascript:alert(1)\">click</a>", "<b onclick=\"steal()\">[email]</b>");
        assertThat(handoff.notes(id)).extracting(Note::text).containsExactly(script);
    }

    @Test
    void identifiers_in_the_chat_and_in_notes_are_redacted_before_they_are_stored() {
        long id = claimed("alice");

        handoff.citizenSays(id, "my SIN is 046 454 286 and my postal code H2X 1Y4");
        handoff.agentSays(id, "alice", "I will call you at 613-555-0199 or write to marie.tremblay@exemple.ca");
        Note note = handoff.note(id, "alice", "Citizen's SIN 046-454-286, lives at 123 Main Street");

        assertThat(handoff.conversation(id)).extracting(ChatLine::text).containsExactly(
                "my SIN is [sin] and my postal code [postal-code]",
                "I will call you at [phone] or write to [email]");
        assertThat(note.text()).isEqualTo("Citizen's SIN [sin], lives at [address]");
        assertThat(handoff.notes(id)).extracting(Note::text).containsExactly(note.text());
        assertThat(handoff.notes(id)).extracting(Note::author).containsExactly("alice");
    }

    @Test
    void notes_are_never_part_of_the_conversation_the_kiosk_shows() {
        long id = claimed("alice");
        handoff.agentSays(id, "alice", "Hello");
        handoff.note(id, "alice", "Seems confused about the form; suggest the counter");

        assertThat(handoff.conversation(id)).extracting(ChatLine::text).containsExactly("Hello");
        assertThat(handoff.transcript(id)).extracting(TranscriptLine::text).containsExactly("Hello");
        assertThat(handoff.notes(id)).hasSize(1);
        assertThat(heard.about(id)).as("a note is not news for the kiosk")
                .containsExactly(Kind.CREATED, Kind.CLAIMED, Kind.MESSAGE);
    }

    // ---- The audit log ----------------------------------------------------------------------------

    @Test
    void every_step_is_in_the_audit_trail_with_who_did_it_and_never_what_was_said() {
        long id = ask(new TranscriptLine(Speaker.CITIZEN, "secret-question"));
        String kioskActor = "kiosk:" + kiosk;
        handoff.citizenSays(id, "secret-citizen-words");
        handoff.claim(id, "alice");
        handoff.agentSays(id, "alice", "secret-agent-words");
        handoff.note(id, "alice", "secret-note-words");
        handoff.comingOver(id, "alice");
        handoff.sendGuide(id, "alice", "passport-renew", 2);
        handoff.release(id, "alice");
        handoff.claim(id, "bob");
        handoff.agentSays(id, "bob", "secret-agent-words-2");
        handoff.close(id, "bob", HelpOutcome.REFERRED);

        List<AuditEntry> trail = handoff.auditTrail(id);
        assertThat(trail).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::detail).containsExactly(
                tuple(kioskActor, "REQUESTED", HelpReason.ASKED_FOR_PERSON.name()),
                tuple(kioskActor, "CITIZEN_MESSAGE", null),
                tuple("alice", "CLAIMED", null),
                tuple("alice", "AGENT_MESSAGE", null),
                tuple("alice", "NOTE", null),
                tuple("alice", "COMING_OVER", null),
                tuple("alice", "GUIDE_SENT", "passport-renew#2"),
                tuple("alice", "RELEASED", null),
                tuple("bob", "CLAIMED", null),
                tuple("bob", "AGENT_MESSAGE", null),
                tuple("bob", "CLOSED", HelpOutcome.REFERRED.name()));
        assertThat(trail).allSatisfy(entry -> {
            assertThat(entry.requestId()).isEqualTo(id);
            assertThat(entry.at()).isEqualTo(clock.instant());
            assertThat(String.join(" ", entry.actor(), entry.action(), String.valueOf(entry.detail())))
                    .doesNotContainIgnoringCase("secret");
        });
    }

    // ---- The feed ---------------------------------------------------------------------------------

    @Test
    void the_feed_tells_every_change_in_order() {
        long id = ask();
        handoff.claim(id, "alice");
        handoff.agentSays(id, "alice", "Hello");
        handoff.citizenSays(id, "Hi");
        handoff.release(id, "alice");
        handoff.claim(id, "bob");
        handoff.close(id, "bob", HelpOutcome.RESOLVED);

        assertThat(heard.about(id)).containsExactly(Kind.CREATED, Kind.CLAIMED, Kind.MESSAGE, Kind.MESSAGE,
                Kind.RELEASED, Kind.CLAIMED, Kind.CLOSED);
        assertThat(heard.all()).filteredOn(update -> update.requestId() == id).extracting(HandoffUpdate::kioskId)
                .containsOnly(kiosk);
    }

    @Test
    void the_feed_tells_a_change_only_once_it_is_committed() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        long id = transaction.execute(status -> {
            long created = ask();
            handoff.claim(created, "alice");
            handoff.agentSays(created, "alice", "Hello");
            assertThat(heard.about(created)).as("nothing before the commit").isEmpty();
            return created;
        });

        assertThat(heard.about(id)).containsExactly(Kind.CREATED, Kind.CLAIMED, Kind.MESSAGE);
    }

    @Test
    void the_feed_tells_nothing_of_a_change_that_was_rolled_back() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        long[] id = new long[1];
        long before = claimed("alice");
        int heardBefore = heard.all().size();

        transaction.executeWithoutResult(status -> {
            id[0] = ask();
            handoff.claim(id[0], "alice");
            handoff.close(before, "alice", HelpOutcome.RESOLVED);
            status.setRollbackOnly();
        });

        assertThat(heard.after(heardBefore)).isEmpty();
        assertThat(handoff.requestOf(id[0])).as("rolled back").isEmpty();
        assertThat(stored(before).status()).isEqualTo(HelpStatus.CLAIMED);
    }

    @Test
    void an_action_that_is_refused_tells_the_feed_nothing() {
        long id = claimed("alice");
        int heardBefore = heard.all().size();

        assertRefused(Problem.NOT_YOURS, () -> handoff.close(id, "bob", HelpOutcome.RESOLVED));
        assertRefused(Problem.EMPTY_MESSAGE, () -> handoff.agentSays(id, "alice", " "));

        assertThat(heard.after(heardBefore)).isEmpty();
    }

    @Test
    void a_listener_that_fails_does_not_stop_the_others_from_hearing() {
        HandoffFeed.Subscription broken = feed.subscribe(update -> {
            throw new IllegalStateException("a closed browser tab");
        });
        try {
            long id = ask();

            assertThat(heard.about(id)).containsExactly(Kind.CREATED);
        } finally {
            broken.cancel();
        }
    }
}
