package org.passerelle.handoff;

/** How an agent closed a request. */
public enum HelpOutcome {
    /** The citizen got what they needed. */
    RESOLVED,
    /** Sent elsewhere: a service counter, a phone line, another office. */
    REFERRED,
    /** The citizen was no longer there. */
    CITIZEN_LEFT
}
