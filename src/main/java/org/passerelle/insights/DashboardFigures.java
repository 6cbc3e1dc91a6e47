package org.passerelle.insights;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/**
 * The editors' figures over a date range (UTC days, both ends included), in one language or both. Counts only:
 * nothing here comes from what a citizen typed.
 *
 * @param language   the language the figures are for, or {@code null} for both
 * @param totals     the whole range, in {@code language}
 * @param byLanguage the whole range, each language on its own (only {@code language} when one is chosen)
 * @param days       every day of the range, in order, days without anything included
 * @param guides     per guide, the most shown first
 * @param waits      how long citizens waited for a person, in {@code language}
 */
public record DashboardFigures(LocalDate from, LocalDate to, @Nullable Language language, Totals totals,
        Map<Language, Totals> byLanguage, List<Day> days, List<GuideFigures> guides, Waits waits) {

    public DashboardFigures {
        byLanguage = Map.copyOf(byLanguage);
        days = List.copyOf(days);
        guides = List.copyOf(guides);
    }

    /**
     * What the kiosk answered and how it went.
     *
     * @param questions      questions the assistant answered: guide, "is this what you need?", "did you mean…?", not
     *                       understood or a system reply (greetings, "a person please"); empty and far too long ones
     *                       are not questions
     * @param guideAnswers   guides opened directly with a clear margin, less those the citizen said were "not what I
     *                       asked": the answers that look right
     * @param confirmations  "Is this what you need?" asked (medium confidence)
     * @param wrongAnswers   guides shown under a low margin, "This is not what I asked", and No to "Is this what you
     *                       need?": probable or reported mistakes, never counted as guide answers
     * @param chosen         "did you mean…?" answered with a guide
     * @param noneOfThese    "did you mean…?" answered with "None of these"
     * @param helpRequests   requests for a person
     * @param helpedYes      "Did this help?" answered Yes
     */
    public record Totals(int questions, int guideAnswers, int clarifications, int notUnderstood, int systemReplies,
            int chosen, int noneOfThese, int helpRequests, int helpedYes, int helpedNo, int confirmations,
            int wrongAnswers) {

        static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        /** Share of questions that did not end with a person: 1 − help requests / questions, at least 0. */
        public OptionalDouble containment() {
            return questions == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(Math.max(0, questions - helpRequests) / (double) questions);
        }

        /** Not understood / questions. */
        public OptionalDouble notUnderstoodRate() {
            return ratio(notUnderstood, questions);
        }

        /** Help requests / questions; above 1 when people ask for a person without asking anything first. */
        public OptionalDouble handoffRate() {
            return ratio(helpRequests, questions);
        }

        /** Yes / (Yes + No) to "Did this help?". */
        public OptionalDouble helpedRatio() {
            return ratio(helpedYes, helpedYes + helpedNo);
        }

        Totals plus(Totals o) {
            return new Totals(questions + o.questions, guideAnswers + o.guideAnswers, clarifications + o.clarifications,
                    notUnderstood + o.notUnderstood, systemReplies + o.systemReplies, chosen + o.chosen,
                    noneOfThese + o.noneOfThese, helpRequests + o.helpRequests, helpedYes + o.helpedYes,
                    helpedNo + o.helpedNo, confirmations + o.confirmations, wrongAnswers + o.wrongAnswers);
        }
    }

    /** One day: questions, of which not understood, and requests for a person. */
    public record Day(LocalDate day, int questions, int notUnderstood, int helpRequests) {
    }

    /**
     * One guide.
     *
     * @param shown        answered directly with it, or chosen for it in a "did you mean…?"
     * @param helpRequests requests for a person made while it was on screen
     */
    public record GuideFigures(String guideId, int shown, int helpedYes, int helpedNo, int helpRequests) {

        public OptionalDouble helpedRatio() {
            return ratio(helpedYes, helpedYes + helpedNo);
        }
    }

    /**
     * Waiting for a person: from the request to the agent who took it last, for requests an agent took, counted
     * once they end (a request still open is not in them yet). Percentiles are nearest-rank, to the second.
     *
     * @param claimed how many waits the figures are taken from
     */
    public record Waits(int claimed, @Nullable Duration median, @Nullable Duration p90) {
    }

    static OptionalDouble ratio(int part, int whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(part / (double) whole);
    }
}
