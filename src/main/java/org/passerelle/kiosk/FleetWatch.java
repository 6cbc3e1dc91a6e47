package org.passerelle.kiosk;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link KioskFleet#endRequestsOfSilentKiosks()} every 30 s: a request of a kiosk gone silent ends within
 * {@code help-ends-after} + 30 s. Tests run it by hand.
 */
@Component
class FleetWatch {

    private final KioskFleet fleet;

    FleetWatch(KioskFleet fleet) {
        this.fleet = fleet;
    }

    @Scheduled(fixedDelayString = "${passerelle.kiosk.fleet.check-every:30s}",
            initialDelayString = "${passerelle.kiosk.fleet.check-every:30s}")
    void check() {
        fleet.endRequestsOfSilentKiosks();
    }
}
