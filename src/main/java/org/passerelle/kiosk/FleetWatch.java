package org.passerelle.kiosk;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
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
    // One instance ends the silent kiosks' requests (operations.JobLocks); held a little less than the period.
    @SchedulerLock(name = "kiosk-fleet-check", lockAtMostFor = "10m",
            lockAtLeastFor = "${passerelle.kiosk.fleet.check-held-for:25s}")
    void check() {
        fleet.endRequestsOfSilentKiosks();
    }
}
