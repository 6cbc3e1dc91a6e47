package org.passerelle.handoff;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of the audit log: {@code actor} is an agent's user name, or {@code kiosk:<id>}, or {@code system}. */
public record AuditEntry(Instant at, String actor, String action, @Nullable Long requestId, @Nullable String detail) {
}
