package org.passerelle.site;

/**
 * A site or a desk was created, changed or deleted. Published inside the change's transaction: listen with
 * {@code @TransactionalEventListener} to act after it commits (refresh a screen, forget a cached answer).
 */
public record SitesChanged(Subject subject, long id) {

    /** What changed. */
    public enum Subject {
        SITE, DESK
    }
}
