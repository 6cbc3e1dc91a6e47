package org.passerelle.handoff;

import org.passerelle.cluster.Broadcast;

/**
 * A kiosk was registered, renamed or placed on another site. Published inside the change's transaction: listen with
 * {@code @TransactionalEventListener} to act once it is committed (the admin screens list kiosks again).
 */
public record KioskChanged(String kioskId) implements Broadcast {
}
