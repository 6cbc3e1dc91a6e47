package org.passerelle.handoff;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/**
 * What a kiosk (or another channel: the web chat, the API) knows when a citizen asks for a person.
 *
 * @param kioskId    the kiosk the browser is (enrolled, or the configured one on the server's machine), never from
 *                   what the citizen typed or put in the address; for another channel, its {@link Channel#marker()}
 * @param guideId    the guide on screen, if any
 * @param step       the step reached in that guide, counted from 1
 * @param transcript the last few lines of the conversation; redacted before they are stored
 * @param kioskSession the kiosk's browser session the citizen asked from (an opaque id, up to 64 characters): when the
 *                   kiosk starts a new session, the requests of its earlier ones end
 *                   ({@link HandoffService#kioskRestarted}); null from inside the server and for other channels
 * @param channel    where the request comes from
 * @param siteId     for another channel than a kiosk, the site it is routed for (a kiosk's request is routed for its
 *                   kiosk's site); null for a kiosk
 */
public record NewHelpRequest(
        String kioskId, Language language, HelpReason reason, @Nullable String guideId, @Nullable Integer step,
        List<TranscriptLine> transcript, @Nullable String kioskSession, Channel channel, @Nullable Long siteId) {

    public NewHelpRequest {
        Objects.requireNonNull(kioskId);
        Objects.requireNonNull(language);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(channel);
        transcript = List.copyOf(transcript);
        if (kioskSession != null && (kioskSession.isBlank() || kioskSession.length() > 64)) {
            throw new IllegalArgumentException("a kiosk session id is 1 to 64 characters");
        }
        if ((channel == Channel.KIOSK) != (siteId == null)) {
            throw new IllegalArgumentException("a kiosk's request has its kiosk's site; another channel's names one");
        }
        if (channel != Channel.KIOSK && !kioskId.equals(channel.marker())) {
            throw new IllegalArgumentException("another channel's request has no kiosk");
        }
    }

    /** A kiosk's request, from one of its browser sessions. */
    public NewHelpRequest(String kioskId, Language language, HelpReason reason, @Nullable String guideId,
            @Nullable Integer step, List<TranscriptLine> transcript, @Nullable String kioskSession) {
        this(kioskId, language, reason, guideId, step, transcript, kioskSession, Channel.KIOSK, null);
    }

    /** A request of another channel than a kiosk (the web chat, the API), routed for {@code siteId}. */
    public static NewHelpRequest online(Channel channel, long siteId, Language language, HelpReason reason,
            @Nullable String guideId, @Nullable Integer step, List<TranscriptLine> transcript) {
        return new NewHelpRequest(channel.marker(), language, reason, guideId, step, transcript, null, channel, siteId);
    }

    /** A request from no kiosk session in particular (from inside the server, or a test). */
    public NewHelpRequest(String kioskId, Language language, HelpReason reason, @Nullable String guideId,
            @Nullable Integer step, List<TranscriptLine> transcript) {
        this(kioskId, language, reason, guideId, step, transcript, null);
    }
}
