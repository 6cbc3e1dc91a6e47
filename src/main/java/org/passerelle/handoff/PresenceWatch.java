package org.passerelle.handoff;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link HandoffService#routingTick()} every second (agents silent for the grace period become away; a
 * request reaching the remote desks is announced within a second of its threshold). Tests run it by hand.
 */
@Component
class PresenceWatch {

    private final HandoffService handoff;

    PresenceWatch(HandoffService handoff) {
        this.handoff = handoff;
    }

    @Scheduled(fixedDelayString = "${passerelle.handoff.routing-check-every:1s}", initialDelayString = "${passerelle.handoff.routing-check-every:1s}")
    void tick() {
        handoff.routingTick();
    }
}
