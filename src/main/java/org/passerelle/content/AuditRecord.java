package org.passerelle.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the content audit log: who did what to which guide version, and when. Never the text itself, which
 * is in the versions.
 *
 * @param actor  a username, {@code system} (start-up import, scheduled publication) or {@code cli:<user>}
 * @param action {@code CREATED}, {@code DRAFT_STARTED}, {@code SAVED}, {@code SUBMITTED}, {@code APPROVED},
 *               {@code REJECTED}, {@code SCHEDULED}, {@code UNSCHEDULED}, {@code PUBLISHED}, {@code ARCHIVED},
 *               {@code DISCARDED}, {@code ROLLED_BACK}, {@code SCHEDULED_PUBLISH_FAILED}, {@code IMPORTED},
 *               {@code EXPORTED}
 * @param guideId null for an action on the whole knowledge base (import, export)
 */
public record AuditRecord(Instant at, String actor, String action, @Nullable String guideId, @Nullable Integer number,
                          @Nullable String detail) {
}
