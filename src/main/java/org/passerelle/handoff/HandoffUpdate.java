package org.passerelle.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.passerelle.cluster.Broadcast;
import org.passerelle.knowledge.Language;

/**
 * Something happened to a help request. Published by {@link HandoffService} and heard after the change is committed:
 * by the screens that follow it (the agents' queue, the kiosk that asked) through {@link HandoffFeed}, and by the
 * features that count requests (the editors' dashboard). It carries what they need, so that none calls back into
 * this feature or reads its tables; nothing in it comes from what the citizen typed. It travels to the other instances
 * ({@link Broadcast}), whose screens hear it as a {@code Relayed<HandoffUpdate>}.
 *
 * @param guideId     with {@link Kind#GUIDE_SENT}: the guide the agent sent to the kiosk
 * @param step        with {@link Kind#GUIDE_SENT}: the step to open, from 1
 * @param language    the request's language
 * @param requestedAt when the citizen asked for a person
 * @param claimedAt   when the agent who holds it (or held it last) took it; {@code null} while nobody does
 */
public record HandoffUpdate(long requestId, String kioskId, Kind kind, @Nullable String guideId, @Nullable Integer step,
        Language language, Instant requestedAt, @Nullable Instant claimedAt) implements Broadcast {

    public enum Kind {
        CREATED,
        CLAIMED,
        MESSAGE,
        COMING_OVER,
        GUIDE_SENT,
        RELEASED,
        CLOSED,
        CANCELLED,
        EXPIRED,
        /** The kiosk asks "Are you still there?": the citizen may have left. */
        CITIZEN_IDLE,
        /** The citizen answered "I am still here". */
        CITIZEN_BACK,
        /** The agent who held it handed it to a colleague, or to the remote team (then it waits again). */
        TRANSFERRED;

        /** The request is over: closed, cancelled by the citizen, or expired unanswered. */
        public boolean ends() {
            return this == CLOSED || this == CANCELLED || this == EXPIRED;
        }
    }

    public HandoffUpdate {
        Objects.requireNonNull(kioskId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(language);
        Objects.requireNonNull(requestedAt);
    }

    /** How long the citizen waited until the agent who holds it (or held it last) took it; {@code null} if none did. */
    public @Nullable Duration waited() {
        return claimedAt == null ? null : Duration.between(requestedAt, claimedAt);
    }

    static HandoffUpdate of(HelpRequest request, Kind kind) {
        return sent(request, kind, null, null);
    }

    static HandoffUpdate sent(HelpRequest request, Kind kind, @Nullable String guideId, @Nullable Integer step) {
        return new HandoffUpdate(request.id(), request.kioskId(), kind, guideId, step, request.language(),
                request.createdAt(), request.claimedAt());
    }
}
