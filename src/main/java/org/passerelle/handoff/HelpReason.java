package org.passerelle.handoff;

/** Why the citizen needs a person. */
public enum HelpReason {
    /** The citizen pressed "Get help from a person" or asked for one in words. */
    ASKED_FOR_PERSON,
    /** The kiosk did not understand several questions in a row. */
    NOT_UNDERSTOOD,
    /** The citizen asked for help while on a step of a guide. */
    STUCK_ON_STEP
}
