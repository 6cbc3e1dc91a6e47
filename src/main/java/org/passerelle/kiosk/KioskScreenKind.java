package org.passerelle.kiosk;

/**
 * The kind of screen a kiosk shows, as the fleet view tells administrators: never what is on it (a question, a guide
 * read for someone, a name), only where in the journey the kiosk is.
 */
public enum KioskScreenKind {
    /** Waiting for the next person: nobody chose a language. */
    WELCOME,
    HOME,
    /** A conversation with the assistant (the questions themselves are not told). */
    CONVERSATION,
    TOPIC,
    LIFE_EVENTS,
    GUIDE_STEP,
    GUIDE_DONE,
    TAKE_AWAY,
    /** The help screen with no request: what help is possible now. */
    HELP,
    /** A request waits for a person. */
    HELP_WAITING,
    /** A staff member took the request: they write, or are coming over. */
    HELP_CHAT,
    /** Staff are enrolling the browser as a kiosk. */
    ENROLMENT,
    OTHER
}
