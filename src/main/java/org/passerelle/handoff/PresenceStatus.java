package org.passerelle.handoff;

/**
 * What an agent tells the routing about themselves. Only {@link #AVAILABLE} agents are offered requests; an agent
 * who goes {@link #AWAY} (by hand, or when their console has been silent for the grace period) hands the
 * conversations they hold back to the queue, in their original place.
 */
public enum PresenceStatus {
    /** On duty and taking new requests, up to their capacity. */
    AVAILABLE,
    /** On duty, keeps the conversations they hold, takes no new request. */
    BUSY,
    /** Not at the console: offered nothing, holds nothing. */
    AWAY
}
