package org.passerelle.handoff;

/** Who wrote a line of a help request's conversation. */
public enum Speaker {
    CITIZEN,
    KIOSK,
    AGENT
}
