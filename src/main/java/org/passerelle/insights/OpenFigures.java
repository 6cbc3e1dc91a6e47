package org.passerelle.insights;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.Channel;
import org.passerelle.knowledge.Language;

/**
 * One row of the open data ({@link OpenData}): one day, language, site and channel, either for all of it ({@code
 * guideId} null: every count) or for one guide (the counts a guide has: {@link Count#forGuide()}). Counts only, from
 * the anonymous counters: nothing here comes from what a citizen typed, names a kiosk or an agent.
 *
 * @param siteId      the site, or {@code null} when not known (a browser that is no enrolled kiosk, a page of no site,
 *                    counts from before sites were counted)
 * @param counts      the counts published; a count withheld by the small-cell rule is absent (and in
 *                    {@code suppressed}), as is a count a guide row does not have
 * @param suppressed  the counts withheld: 1 to 4, or withheld so that another could not be worked out
 * @param containment share of questions after which nobody asked for a person ({@link Count#QUESTIONS},
 *                    {@link Count#HELP_REQUESTS}): {@code max(0, questions − help requests) / questions}; {@code null}
 *                    on a guide row, without questions, or when either count is withheld
 * @param medianWaitSeconds the median wait, in whole seconds, of the requests an agent answered (nearest rank; on a
 *                    guide row, those made with that guide on screen); {@code null} when fewer than 5 were answered
 *                    (or that count is withheld)
 * @param p90WaitSeconds the 90th percentile of the same waits (nearest rank), under the same rule
 */
public record OpenFigures(LocalDate day, Language language, @Nullable Long siteId, Channel channel,
        @Nullable String guideId, Map<Count, Integer> counts, Set<Count> suppressed, @Nullable Double containment,
        @Nullable Long medianWaitSeconds, @Nullable Long p90WaitSeconds) {

    /** What is counted, in the order the files show it. */
    public enum Count {
        /** Questions the assistant answered: the sum of the next five. Empty or far too long ones are none. */
        QUESTIONS(false),
        /** Answered with a guide, shown at once. */
        GUIDE_ANSWERS(true),
        /** Answered with "Is this what you need?" and one guide (medium confidence). */
        CONFIRMATIONS(true),
        /** Answered with "Did you mean…?" and a few guides. */
        CLARIFICATIONS(false),
        /** Not understood. */
        NOT_UNDERSTOOD(false),
        /** Answered with a greeting, thanks, a referral to another government's office, or a person in words. */
        SYSTEM_REPLIES(false),
        /** Requests for a person (with a guide on screen, on a guide row). */
        HELP_REQUESTS(true),
        /** Requests for a person that an agent took, once ended (made with a guide on screen, on a guide row). */
        HELP_ANSWERED(true);

        private final boolean forGuide;

        Count(boolean forGuide) {
            this.forGuide = forGuide;
        }

        /** Whether a guide row has this count. */
        public boolean forGuide() {
            return forGuide;
        }
    }

    public OpenFigures {
        counts = Map.copyOf(counts);
        suppressed = Set.copyOf(suppressed);
    }

    /** The count published, or empty when withheld or not on this row. */
    public OptionalInt count(Count count) {
        Integer n = counts.get(count);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** Whether this row has {@code count} at all (a guide row has only {@link Count#forGuide()} counts). */
    public boolean has(Count count) {
        return guideId == null || count.forGuide();
    }
}
