package org.passerelle.handoff;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/**
 * A help request was recorded: published by {@link HandoffService#requestHelp} and delivered once the request is
 * committed, for features that learn from requests (the editors' content gaps). It carries what they need, so that
 * no listener calls back into this feature or reads its tables.
 *
 * <p>{@link #question()} is the last line the citizen typed, as stored: redacted. {@link #toString()} still leaves
 * it out, like the kiosk's events, so that a citizen's words never reach a log.
 *
 * @param guideId  the guide on screen when help was asked, if any
 * @param question the citizen's last line in the transcript, redacted; empty when the transcript had none
 * @param at       when the citizen asked (the request's creation time)
 * @param channel  where it was asked: a kiosk, the web chat, the API
 * @param siteId   the site it was routed for when asked: the kiosk's site, or the site the web chat's page (or the
 *                 API) was mapped to
 * @param kioskId  the kiosk; for another channel, its {@link Channel#marker()}
 */
public record HelpRequested(long requestId, String kioskId, Language language, HelpReason reason,
        @Nullable String guideId, String question, Instant at, Channel channel, long siteId) {

    public HelpRequested {
        Objects.requireNonNull(kioskId);
        Objects.requireNonNull(channel);
        Objects.requireNonNull(language);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(question);
        Objects.requireNonNull(at);
    }

    @Override
    public String toString() {
        return "HelpRequested[requestId=" + requestId + ", kioskId=" + kioskId + ", language=" + language + ", reason="
                + reason + ", guideId=" + guideId + ", question=" + question.length() + " characters, at=" + at + "]";
    }
}
