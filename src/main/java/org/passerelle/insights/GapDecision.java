package org.passerelle.insights;

/** What an editor decided about a group of gap items. */
public enum GapDecision {
    /** The questions become training phrases of an existing guide (see {@link TrainingPhrases}). */
    TRAINING_PHRASES,
    /** No guide answers these questions: one should be written. */
    NEW_GUIDE,
    /** Not a content problem (greetings, tests, services the kiosk does not cover). Never reopens. */
    DISMISSED
}
