package org.passerelle.handoff;

import java.time.Duration;

/**
 * What the citizen is told about their request.
 *
 * @param position      place in the queue, 1 for next; 0 once a person has taken the request
 * @param estimatedWait a rough estimate of the wait from now, for "about N minutes"
 */
public record HelpTicket(long id, HelpStatus status, int position, Duration estimatedWait) {
}
