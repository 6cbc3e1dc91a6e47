package org.passerelle.handoff;

import java.time.Instant;
import org.passerelle.cluster.Broadcast;

/**
 * Presence or the queue changed (an agent signed in, changed status or desks, went away; a request was created,
 * taken, handed back or ended; a request reached the remote desks): what {@link HandoffService#availability} and
 * the agents' queues answer may have changed. Published after commit through {@link HandoffFeed}; screens ask again.
 *
 * @param at the time of the change (the application's clock)
 */
public record AvailabilityChanged(Instant at) implements Broadcast {
}
