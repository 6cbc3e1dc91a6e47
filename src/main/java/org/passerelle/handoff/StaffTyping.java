package org.passerelle.handoff;

import java.time.Instant;
import org.passerelle.cluster.Broadcast;

/**
 * The agent who holds a request is typing to the citizen. Short-lived and never stored: the kiosk says "A staff member
 * is writing…" until {@code until}, unless another signal or the message comes first.
 */
public record StaffTyping(long requestId, String kioskId, Instant until) implements Broadcast {
}
