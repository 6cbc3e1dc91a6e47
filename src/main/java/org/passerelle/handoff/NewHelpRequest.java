package org.passerelle.handoff;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/**
 * What a kiosk knows when a citizen asks for a person.
 *
 * @param kioskId    the kiosk the browser is (enrolled, or the configured one on the server's machine), never from
 *                   what the citizen typed or put in the address
 * @param guideId    the guide on screen, if any
 * @param step       the step reached in that guide, counted from 1
 * @param transcript the last few lines of the conversation; redacted before they are stored
 * @param kioskSession the kiosk's browser session the citizen asked from (an opaque id, up to 64 characters): when the
 *                   kiosk starts a new session, the requests of its earlier ones end
 *                   ({@link HandoffService#kioskRestarted}); null from inside the server
 */
public record NewHelpRequest(
        String kioskId, Language language, HelpReason reason, @Nullable String guideId, @Nullable Integer step,
        List<TranscriptLine> transcript, @Nullable String kioskSession) {

    public NewHelpRequest {
        Objects.requireNonNull(kioskId);
        Objects.requireNonNull(language);
        Objects.requireNonNull(reason);
        transcript = List.copyOf(transcript);
        if (kioskSession != null && (kioskSession.isBlank() || kioskSession.length() > 64)) {
            throw new IllegalArgumentException("a kiosk session id is 1 to 64 characters");
        }
    }

    /** A request from no kiosk session in particular (from inside the server, or a test). */
    public NewHelpRequest(String kioskId, Language language, HelpReason reason, @Nullable String guideId,
            @Nullable Integer step, List<TranscriptLine> transcript) {
        this(kioskId, language, reason, guideId, step, transcript, null);
    }
}
