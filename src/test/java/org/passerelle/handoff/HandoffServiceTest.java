package org.passerelle.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Import(MutableClock.Config.class)
@Transactional
class HandoffServiceTest {

    @Autowired
    HandoffService handoff;

    @Autowired
    MutableClock clock;

    @org.junit.jupiter.api.BeforeEach
    void registerKiosks() {
        for (String kiosk : List.of("kiosk-a", "kiosk-b", "kiosk-c")) {
            handoff.registerKiosk(kiosk, "Kiosk " + kiosk, "Test library");
        }
    }

    private HelpTicket ask(String kiosk) {
        clock.advance(Duration.ofSeconds(1));
        return handoff.requestHelp(new NewHelpRequest(kiosk, Language.EN, HelpReason.ASKED_FOR_PERSON, null, null,
                List.of()));
    }

    @Test
    void requests_queue_in_the_order_they_came_and_a_cancelled_one_leaves_the_line() {
        HelpTicket first = ask("kiosk-a");
        HelpTicket second = ask("kiosk-b");
        HelpTicket third = ask("kiosk-c");
        int before = handoff.ticket(first.id()).orElseThrow().position();

        assertThat(handoff.ticket(second.id()).orElseThrow().position()).isEqualTo(before + 1);
        assertThat(handoff.ticket(third.id()).orElseThrow().position()).isEqualTo(before + 2);
        assertThat(handoff.cancel(second.id())).isTrue();
        assertThat(handoff.ticket(third.id()).orElseThrow().position()).isEqualTo(before + 1);
        assertThat(handoff.ticket(second.id()).orElseThrow().status()).isEqualTo(HelpStatus.CANCELLED);
        assertThat(handoff.cancel(second.id())).as("cancelling twice changes nothing").isFalse();
    }

    @Test
    void with_nobody_on_duty_and_no_history_the_wait_is_the_default_per_person_in_line() {
        // Other tests in this context claim requests and commit: move past the week of history the estimate uses,
        // and take their agents off duty (busy keeps what they hold; the test's transaction undoes it).
        clock.advance(Duration.ofDays(8));
        handoff.presences().forEach(p -> handoff.setStatus(p.agent(), PresenceStatus.BUSY));
        HelpTicket ticket = ask("kiosk-a");

        assertThat(ticket.estimatedWait()).isEqualTo(Duration.ofMinutes(5).multipliedBy(ticket.position()));
    }

    @Test
    void the_transcript_keeps_the_last_lines_in_order_and_cuts_huge_ones() {
        List<TranscriptLine> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            lines.add(new TranscriptLine(i % 2 == 1 ? Speaker.CITIZEN : Speaker.KIOSK, "line " + i));
        }
        lines.add(new TranscriptLine(Speaker.CITIZEN, "x".repeat(10_000)));
        HelpTicket ticket = handoff.requestHelp(new NewHelpRequest("kiosk-a", Language.FR, HelpReason.NOT_UNDERSTOOD,
                "sin-apply", 2, lines));

        List<TranscriptLine> stored = handoff.transcript(ticket.id());
        assertThat(stored).hasSize(8);
        assertThat(stored.getFirst().text()).isEqualTo("line 4");
        assertThat(stored.getLast().text()).as("cut after redaction, see HandoffSettings.transcriptLineMax").hasSize(500).endsWith("…");
    }

    @Test
    void markup_in_a_transcript_is_stored_as_the_text_it_is() {
        HelpTicket ticket = handoff.requestHelp(new NewHelpRequest("kiosk-a", Language.EN, HelpReason.ASKED_FOR_PERSON,
                null, null, List.of(new TranscriptLine(Speaker.CITIZEN, "<script>alert(1)</script>"))));

        assertThat(handoff.transcript(ticket.id())).extracting(TranscriptLine::text).containsExactly("<script>alert(1)</script>");
    }

    @Test
    void personal_identifiers_are_redacted_before_the_transcript_is_stored() {
        HelpTicket ticket = handoff.requestHelp(new NewHelpRequest("kiosk-a", Language.FR, HelpReason.ASKED_FOR_PERSON,
                null, null, List.of(new TranscriptLine(Speaker.CITIZEN,
                        "mon NAS est 046 454 286 et mon courriel marie.tremblay@exemple.ca, code postal H2X 1Y4"))));

        String stored = handoff.transcript(ticket.id()).getFirst().text();
        assertThat(stored).doesNotContain("046", "marie.tremblay", "H2X").contains("[sin]", "[email]", "[postal-code]");
    }

    @Test
    void a_citizen_who_gives_their_name_reaches_the_agent_as_name_redacted() {
        HelpTicket ticket = handoff.requestHelp(new NewHelpRequest("kiosk-a", Language.EN, HelpReason.ASKED_FOR_PERSON,
                null, null, List.of(new TranscriptLine(Speaker.CITIZEN, "Hi, my name is John Smith, renew passport"))));

        assertThat(handoff.transcript(ticket.id())).extracting(TranscriptLine::text)
                .containsExactly("Hi, my name is [name], renew passport");
    }

    @Test
    void an_unknown_request_has_no_ticket() {
        assertThat(handoff.ticket(987_654L)).isEmpty();
        assertThat(handoff.cancel(987_654L)).isFalse();
    }
}
