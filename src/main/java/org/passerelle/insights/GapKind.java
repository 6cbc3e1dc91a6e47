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
    HELP_REQUESTED,
    /**
     * The kiosk showed or proposed a guide and the citizen said it was the wrong one: "This is not what I asked" on
     * the guide, or No to "Is this what you need?".
     */
    WRONG_ANSWER,
    /** The kiosk showed or proposed a guide although another was almost as likely: a probable wrong answer. */
    LOW_MARGIN
}
