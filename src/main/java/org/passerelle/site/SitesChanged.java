package org.passerelle.site;

import org.passerelle.cluster.Broadcast;

/**
 * A site or a desk was created, changed or deleted. Published inside the change's transaction: listen with
 * {@code @TransactionalEventListener} to act after it commits (refresh a screen, forget a cached answer); screens
 * and caches also hear it from the other instances, as {@code Relayed<SitesChanged>}.
 */
public record SitesChanged(Subject subject, long id) implements Broadcast {

    /** What changed. */
    public enum Subject {
        SITE, DESK
    }
}
