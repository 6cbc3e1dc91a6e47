package org.passerelle.insights;

/** Whether a group of gap items still waits for an editor. */
public enum GapStatus {
    /** In the editors' list: never decided, or decided and reopened because similar questions kept failing. */
    OPEN,
    /** An editor decided what to do with it; see {@link GapDecision}. */
    DECIDED
}
