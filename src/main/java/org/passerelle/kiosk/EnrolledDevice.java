package org.passerelle.kiosk;

/**
 * A browser that has just enrolled: it keeps {@code deviceSecret} (in a cookie) and is kiosk {@code kioskId} from then
 * on, until an administrator revokes it or enrols another browser as that kiosk.
 */
public record EnrolledDevice(String kioskId, String deviceSecret) {

    @Override
    public String toString() {
        return "EnrolledDevice[kioskId=" + kioskId + "]";
    }
}
