package org.passerelle.security;

/**
 * A staff account cannot be created as asked. The message is one plain English line, fit for the
 * {@code create-user} command; a screen can show its own text per {@link Problem}.
 */
public class AccountException extends RuntimeException {

    /** What was wrong with the request. */
    public enum Problem {
        INVALID_USERNAME,
        INVALID_DISPLAY_NAME,
        NO_ROLE,
        UNKNOWN_ROLE,
        WEAK_PASSWORD,
        PASSWORD_TOO_LONG,
        USERNAME_TAKEN,
        UNKNOWN_USER,
        OWN_ACCOUNT
    }

    private final Problem problem;

    public AccountException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
