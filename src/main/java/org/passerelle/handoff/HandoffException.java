package org.passerelle.handoff;

/**
 * A help request cannot be acted on as asked. Each problem has a message in both languages
 * ({@code handoff.problem.*}), so the person who lost a race is told plainly why.
 */
public class HandoffException extends RuntimeException {

    /** What went wrong; the UI shows {@code handoff.problem.<name in lower case>}. */
    public enum Problem {
        UNKNOWN_REQUEST,
        ALREADY_CLAIMED,
        NOT_YOURS,
        CLOSED,
        CONFLICT,
        EMPTY_MESSAGE,
        MESSAGE_TOO_LONG,
        UNKNOWN_KIOSK,
        /** The agent is busy or away: only an available agent takes a request. */
        NOT_AVAILABLE,
        /** The agent already holds as many conversations as their capacity. */
        AT_CAPACITY,
        /** None of the agent's desks covers the kiosk's site (yet), or they do not serve its language. */
        NOT_OFFERED,
        /** To be available an agent serves at least one desk and one language. */
        NO_DESK,
        /** A capacity is 1 to the configured maximum of conversations at once. */
        BAD_CAPACITY,
        /** A desk that does not exist (any more). */
        UNKNOWN_DESK,
        /** The browser is not an enrolled kiosk: help requests work only on a registered kiosk. */
        NOT_ENROLLED,
        /** Too many help requests from this kiosk or this address in a short time ({@link HelpLimitSettings}). */
        TOO_MANY_REQUESTS,
        /** A transfer to the agent who holds the conversation. */
        TRANSFER_TO_SELF,
        /** A transfer to a colleague who is busy or away (or never opened the console). */
        COLLEAGUE_NOT_AVAILABLE,
        /** A transfer to a colleague who already holds as many conversations as their capacity. */
        COLLEAGUE_AT_CAPACITY,
        /** A transfer to a colleague whose desks do not cover the kiosk's site, or who does not serve its language. */
        COLLEAGUE_NOT_SERVING,
        /** A transfer to the remote team where no remote desk covers the kiosk's site. */
        NO_REMOTE_TEAM,
        /** "I'm coming over" for a request from the web chat or the API: there is nobody to walk over to. */
        NOT_IN_PERSON
    }

    private final Problem problem;
    private final long requestId;

    public HandoffException(Problem problem, long requestId) {
        super(problem + " (help request " + requestId + ")");
        this.problem = problem;
        this.requestId = requestId;
    }

    public Problem problem() {
        return problem;
    }

    /** The key of the message that says what went wrong, in both languages: {@code handoff.problem.<problem>}. */
    public String messageKey() {
        return "handoff.problem." + problem.name().toLowerCase(java.util.Locale.ROOT);
    }

    public long requestId() {
        return requestId;
    }
}
