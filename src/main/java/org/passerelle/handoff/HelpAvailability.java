package org.passerelle.handoff;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * What help from a person a kiosk can promise right now, in the citizen's language, before they tap: the answer of
 * {@link HandoffService#availability}. It changes with presence and the queue; {@link AvailabilityChanged} says
 * when to ask again.
 */
public sealed interface HelpAvailability {

    /** Someone at this kiosk's site is available (a free agent of a local desk who speaks the language). */
    record OnSite(int available) implements HelpAvailability {
    }

    /** Nobody on site, a remote helper is available: they will write on this screen. */
    record Remote(int available) implements HelpAvailability {
    }

    /**
     * Staff on duty but all at capacity.
     *
     * @param position      the place a new request would take in its line (the requests the same agents serve)
     * @param estimatedWait from the capacity of those agents and the median of recent conversations
     */
    record Busy(int position, Duration estimatedWait) implements HelpAvailability {
    }

    /**
     * Nobody can help now: say so plainly.
     *
     * @param nextHelp        when this site is next staffed (outside hours), empty when unknown
     * @param otherWays       the site's other ways to get help (phone, counter, office), in the citizen's language
     * @param canLeaveRequest a request left now will be seen within staffed hours: an agent who serves it keeps a
     *                        console open (busy, or away by hand for a moment)
     */
    record NobodyNow(Reason reason, Optional<ZonedDateTime> nextHelp, String otherWays, boolean canLeaveRequest)
            implements HelpAvailability {

        public enum Reason {
            /** The site is outside its staffed hours (and no remote helper is available). */
            OUTSIDE_HOURS,
            /** Within staffed hours, but nobody who serves this kiosk in this language is on duty. */
            NOBODY_ON_DUTY
        }
    }
}
