package org.passerelle.handoff;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/**
 * A help request as agents and tests see it: what the kiosk knew, and where the request is in its life.
 *
 * @param agent      the agent who holds it, while claimed or live
 * @param comingOver the agent said they are walking over to the kiosk
 * @param version    changes with every change of the request, so a screen can tell it is out of date
 * @param sentGuideId the last guide the agent sent to the kiosk ({@code guideId} is the one the citizen asked from)
 * @param sentStep    its step, from 1
 * @param citizenIdleSince the kiosk has asked "Are you still there?" since then, unanswered: the citizen may have left
 * @param transferredBy the agent who last transferred it (to the one who holds it, or to the remote team)
 * @param transferNote  their note for the next agent (redacted), null without one
 * @param transferredAt when
 * @param toRemote      handed to the remote team: the remote desks are offered it at once while it waits
 * @param channel       where it was asked: a kiosk ({@code kioskId}), the web chat or the API ({@code kioskId} is then
 *                      the channel's {@link Channel#marker()})
 */
public record HelpRequestSummary(
        long id, String kioskId, Language language, HelpReason reason, @Nullable String guideId,
        @Nullable Integer step, HelpStatus status, Instant createdAt, @Nullable Instant claimedAt,
        @Nullable Instant closedAt, @Nullable HelpOutcome outcome, @Nullable String agent, boolean comingOver,
        long version, @Nullable String sentGuideId, @Nullable Integer sentStep, @Nullable Instant citizenIdleSince,
        @Nullable String transferredBy, @Nullable String transferNote, @Nullable Instant transferredAt,
        boolean toRemote, Channel channel) {
}
