package org.passerelle.kiosk;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a kiosk's enrolment stands, for administrators.
 *
 * @param enrolledAt    when the browser that is this kiosk now enrolled; null when no browser is
 * @param codeExpiresAt when the pending code stops working; null when there is none (or it has expired)
 * @param revokedAt     when an administrator last revoked it, if ever
 */
public record EnrolmentStatus(String kioskId, @Nullable Instant enrolledAt, @Nullable Instant codeExpiresAt,
        @Nullable Instant revokedAt) {

    public boolean enrolled() {
        return enrolledAt != null;
    }

    /** A kiosk that was never given a code. */
    public static EnrolmentStatus none(String kioskId) {
        return new EnrolmentStatus(kioskId, null, null, null);
    }
}
