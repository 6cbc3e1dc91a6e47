package org.passerelle.insights;

/** An editor's action that cannot be done, with the reason as a value a screen turns into a message. */
public class InsightsException extends RuntimeException {

    /** Why; each has a message {@code insights.problem.<name in lower case>} in both languages. */
    public enum Problem {
        UNKNOWN_GROUP,
        ALREADY_DECIDED,
        UNKNOWN_GUIDE,
        NO_PHRASES,
        PHRASE_TOO_LONG,
        BAD_RANGE,
        /** The group is not, or no longer, waiting for a new guide. */
        NOT_WAITING_FOR_GUIDE,
        /** Nobody is signed in, the user is neither EDITOR nor ADMIN, or acts in someone else's name. */
        FORBIDDEN
    }

    private final Problem problem;

    public InsightsException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
