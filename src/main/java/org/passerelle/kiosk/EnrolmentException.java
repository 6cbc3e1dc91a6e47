package org.passerelle.kiosk;

/**
 * An enrolment step cannot be done as asked. Each problem has a message in both languages
 * ({@code enrol.problem.<name in lower case>}).
 */
public class EnrolmentException extends RuntimeException {

    /** What went wrong. */
    public enum Problem {
        /** No pending code is this one: mistyped, already used, replaced by a newer code or revoked. */
        INVALID_CODE,
        /** The code was right but its time ran out: the administrator issues a new one. */
        EXPIRED_CODE,
        /** Too many wrong codes from this client: wait a few minutes. */
        TOO_MANY_ATTEMPTS,
        UNKNOWN_KIOSK,
        /** Someone else changed this kiosk's enrolment at the same moment (two administrators, or a code used twice). */
        CONFLICT
    }

    private final Problem problem;

    public EnrolmentException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
