package org.passerelle.handoff;

import org.jspecify.annotations.Nullable;

/**
 * Something happened to a help request. Published after the change is committed, to the screens that
 * follow it (the agents' queue, the kiosk that asked) through {@link HandoffFeed}.
 *
 * @param guideId with {@link Kind#GUIDE_SENT}: the guide the agent sent to the kiosk
 * @param step    with {@link Kind#GUIDE_SENT}: the step to open, from 1
 */
public record HandoffUpdate(long requestId, String kioskId, Kind kind, @Nullable String guideId, @Nullable Integer step) {

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
        TRANSFERRED
    }

    static HandoffUpdate of(long requestId, String kioskId, Kind kind) {
        return new HandoffUpdate(requestId, kioskId, kind, null, null);
    }
}
