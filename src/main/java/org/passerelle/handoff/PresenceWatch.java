package org.passerelle.handoff;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link HandoffService#routingTick()} every second (agents silent for the grace period become away; a
 * request reaching the remote desks is announced within a second of its threshold). Tests run it by hand.
 *
 * <p>With several instances, each tick runs on one of them (operations.JobLocks). The lock is held at least
 * {@code passerelle.handoff.routing-check-held-for} (0.8 s of the 1 s period): an instance whose tick comes 0.3 s
 * after another's skips it, and the holder, whose next tick is a whole period after its last, finds it free, so the
 * check still runs every second, once. At most 15 s: a tick takes milliseconds, and an instance that dies holding the
 * lock stops the checks of the others for no longer than that.
 */
@Component
class PresenceWatch {

    private final HandoffService handoff;

    PresenceWatch(HandoffService handoff) {
        this.handoff = handoff;
    }

    @Scheduled(fixedDelayString = "${passerelle.handoff.routing-check-every:1s}", initialDelayString = "${passerelle.handoff.routing-check-every:1s}")
    @SchedulerLock(name = "handoff-routing-tick", lockAtMostFor = "15s",
            lockAtLeastFor = "${passerelle.handoff.routing-check-held-for:800ms}")
    void tick() {
        handoff.routingTick();
    }
}
