package org.passerelle.handoff;

/** Where a help request is in its life. Only {@link #WAITING} requests are in the queue. */
public enum HelpStatus {
    WAITING,
    CLAIMED,
    LIVE,
    CLOSED,
    CANCELLED,
    EXPIRED;

    /** Still needs or has a person's attention. */
    public boolean open() {
        return this == WAITING || this == CLAIMED || this == LIVE;
    }
}
