package org.passerelle.kiosk;

import java.time.Instant;

/**
 * A one-time enrolment code, shown once to the administrator who issued it; only its hash is stored.
 *
 * @param code      what staff type on the kiosk, grouped for reading ("7KQ4M-X2PHD")
 * @param expiresAt after this it no longer works
 */
public record EnrolmentCode(String kioskId, String code, Instant expiresAt) {

    @Override
    public String toString() {
        return "EnrolmentCode[kioskId=" + kioskId + ", expiresAt=" + expiresAt + "]";
    }
}
