package org.passerelle.handoff;

import java.time.Instant;
import java.util.Set;
import org.passerelle.knowledge.Language;

/**
 * An agent's presence as the console and colleagues see it.
 *
 * @param desks     the desks they serve today (ids of {@code SiteService.desks()})
 * @param languages the languages they serve
 * @param capacity  conversations at once
 * @param holding   conversations they hold now (claimed or live)
 * @param lastSeen  the last sign of their console
 * @param connected their console answered within the grace period
 */
public record AgentPresenceInfo(String agent, Set<Long> desks, Set<Language> languages, PresenceStatus status,
        int capacity, int holding, Instant lastSeen, boolean connected) {

    public AgentPresenceInfo {
        desks = Set.copyOf(desks);
        languages = Set.copyOf(languages);
    }

    /** Taking new requests now. */
    public boolean free() {
        return status == PresenceStatus.AVAILABLE && holding < capacity;
    }
}
