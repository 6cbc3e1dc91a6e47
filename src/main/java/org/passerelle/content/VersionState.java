package org.passerelle.content;

/**
 * Where a guide version is in the publishing workflow. {@code DRAFT → SUBMITTED → APPROVED → PUBLISHED}, or
 * {@code APPROVED → SCHEDULED → PUBLISHED} at a chosen time; {@code SUBMITTED → DRAFT} when a reviewer rejects it;
 * {@code PUBLISHED → ARCHIVED} when another version of the guide is published.
 */
public enum VersionState {
    /** Being written; the only state in which the text can change. */
    DRAFT,
    /** Waiting for another editor's review. */
    SUBMITTED,
    /** Reviewed and approved by someone who did not write it; ready to publish. */
    APPROVED,
    /** Approved and due to be published at {@link GuideVersion#publishAt()}. */
    SCHEDULED,
    /** What kiosks show. At most one version of a guide is published. */
    PUBLISHED,
    /** Was published, then replaced by another version; kept for history and roll-back. */
    ARCHIVED;

    /** Still in the workflow: at most one such version per guide. */
    public boolean open() {
        return this == DRAFT || this == SUBMITTED || this == APPROVED || this == SCHEDULED;
    }
}
