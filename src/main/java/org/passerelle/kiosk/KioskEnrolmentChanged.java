package org.passerelle.kiosk;

import org.passerelle.cluster.Broadcast;

/**
 * A kiosk's enrolment changed: a code was issued, a browser enrolled, or the kiosk was revoked. Published inside the
 * change's transaction (listen after commit); it names the kiosk only, never a code or secret.
 */
public record KioskEnrolmentChanged(String kioskId) implements Broadcast {
}
