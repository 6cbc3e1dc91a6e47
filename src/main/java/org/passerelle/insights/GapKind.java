package org.passerelle.insights;

/** How the kiosk failed a citizen's question. */
public enum GapKind {
    /** The assistant did not understand the question. */
    NOT_UNDERSTOOD,
    /** The kiosk asked "did you mean…?" and the citizen answered "None of these". */
    NONE_OF_THESE,
    /** The citizen answered "Did this help?" with No at the end of the guide the question led to. */
    NOT_HELPED,
    /** The citizen asked for a person after this question. */
    HELP_REQUESTED
}
