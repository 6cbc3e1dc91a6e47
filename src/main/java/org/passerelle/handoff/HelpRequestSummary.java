package org.passerelle.handoff;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/** A help request as agents and tests see it: what the kiosk knew, and where the request is in its life. */
public record HelpRequestSummary(
        long id, String kioskId, Language language, HelpReason reason, @Nullable String guideId,
        @Nullable Integer step, HelpStatus status, Instant createdAt, @Nullable Instant claimedAt,
        @Nullable Instant closedAt, @Nullable String outcome) {
}
