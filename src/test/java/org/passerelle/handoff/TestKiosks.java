package org.passerelle.handoff;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.passerelle.handoff.HandoffException.Problem;
import org.passerelle.knowledge.Language;

/**
 * Kiosks and help requests for tests. Every kiosk gets an id no other test uses: the tests share one database
 * (and some commit), so each looks only at the requests of its own kiosks.
 */
final class TestKiosks {

    private TestKiosks() {
    }

    /** Registers a kiosk nobody else uses and returns its id. */
    static String register(HandoffService handoff) {
        String id = "test-" + UUID.randomUUID();
        handoff.registerKiosk(id, "Kiosk " + id.substring(5, 13), "Test library, ground floor");
        return id;
    }

    /** A citizen at {@code kiosk} asks for a person, with the lines of conversation given. */
    static long ask(HandoffService handoff, String kiosk, TranscriptLine... transcript) {
        return handoff.requestHelp(new NewHelpRequest(kiosk, Language.EN, HelpReason.ASKED_FOR_PERSON, null, null,
                List.of(transcript))).id();
    }

    /** Asserts that {@code action} is refused with {@code problem}: a clear reason, not a stack trace. */
    static void assertRefused(Problem problem, ThrowingCallable action) {
        assertThatExceptionOfType(HandoffException.class).isThrownBy(action)
                .extracting(HandoffException::problem).isEqualTo(problem);
    }
}
