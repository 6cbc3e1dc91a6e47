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
 */
public record HelpRequested(long requestId, String kioskId, Language language, HelpReason reason,
        @Nullable String guideId, String question, Instant at) {

    public HelpRequested {
        Objects.requireNonNull(kioskId);
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
