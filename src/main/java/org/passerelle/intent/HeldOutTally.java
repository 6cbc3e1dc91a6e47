package org.passerelle.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Counts what the kiosk did with held-out questions, in the terms: right guide shown, right guide offered
 * in a clarification, wrong guide shown, not understood; for out-of-scope questions, "not understood" (or a
 * referral) against a guide shown. Also the precision of direct answers and their calibration error.
 */
public final class HeldOutTally {

    /** What the kiosk did with one question. */
    public sealed interface Decision {
    }

    /** A guide card was opened directly, with this confidence. */
    public record Shown(String guideId, double confidence) implements Decision {
    }

    /** "Did you mean…?" with these guides. */
    public record Offered(List<String> guideIds) implements Decision {
        public Offered {
            guideIds = List.copyOf(guideIds);
        }
    }

    /** "I did not understand" (or, once there are referrals, a referral card). */
    public record NotUnderstood() implements Decision {
    }

    /** A referral card (another government or organisation runs it), with the guides offered under it, if any. */
    public record Referred(String referralId, List<String> alsoOffered) implements Decision {
        public Referred {
            alsoOffered = List.copyOf(alsoOffered);
        }
    }

    /** A system reply (greeting, thanks, a person…), or a message about the question itself. */
    public record Other(String what) implements Decision {
    }

    /** How one question ended. */
    public enum Outcome {
        RIGHT_SHOWN, RIGHT_OFFERED, WRONG_OFFERED, WRONG_SHOWN, NOT_UNDERSTOOD, OTHER,
        /** Out of scope: "not understood" or a referral, the honest answer. */
        OUT_OF_SCOPE_DECLINED,
        /** Out of scope, yet a guide was shown: a confident mistake. */
        OUT_OF_SCOPE_SHOWN,
        /** Out of scope, answered with a clarification. */
        OUT_OF_SCOPE_OFFERED,
        OUT_OF_SCOPE_OTHER
    }

    /** One question, what the kiosk did, and how that counts. */
    public record Result(HeldOutQuestion question, Decision decision, Outcome outcome) {
    }

    private final List<Result> results = new ArrayList<>();

    public Result add(HeldOutQuestion question, Decision decision) {
        Result result = new Result(question, decision, outcome(question.expected(), decision));
        results.add(result);
        return result;
    }

    static Outcome outcome(Set<String> expected, Decision decision) {
        if (expected.isEmpty()) {
            return switch (decision) {
                case NotUnderstood n -> Outcome.OUT_OF_SCOPE_DECLINED;
                case Referred r -> Outcome.OUT_OF_SCOPE_DECLINED;
                case Shown s -> Outcome.OUT_OF_SCOPE_SHOWN;
                case Offered o -> Outcome.OUT_OF_SCOPE_OFFERED;
                case Other o -> Outcome.OUT_OF_SCOPE_OTHER;
            };
        }
        return switch (decision) {
            case Shown s -> expected.contains(s.guideId()) ? Outcome.RIGHT_SHOWN : Outcome.WRONG_SHOWN;
            case Offered o -> o.guideIds().stream().anyMatch(expected::contains) ? Outcome.RIGHT_OFFERED
                    : Outcome.WRONG_OFFERED;
            case NotUnderstood n -> Outcome.NOT_UNDERSTOOD;
            // Sent elsewhere although a guide of ours answers it: a miss, unless that guide is offered under the card.
            case Referred r -> r.alsoOffered().stream().anyMatch(expected::contains) ? Outcome.RIGHT_OFFERED
                    : Outcome.NOT_UNDERSTOOD;
            case Other o -> Outcome.OTHER;
        };
    }

    public List<Result> results() {
        return List.copyOf(results);
    }

    public int inScope() {
        return (int) results.stream().filter(r -> !r.question().outOfScope()).count();
    }

    public int outOfScope() {
        return results.size() - inScope();
    }

    public int count(Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Share of the in-scope questions that ended with {@code outcome}. */
    public double inScopeRate(Outcome outcome) {
        return ratio(count(outcome), inScope());
    }

    /** Share of the out-of-scope questions that ended with {@code outcome}. */
    public double outOfScopeRate(Outcome outcome) {
        return ratio(count(outcome), outOfScope());
    }

    /** Right guide shown or offered, over in-scope questions. */
    public double rightShownOrOffered() {
        return ratio(count(Outcome.RIGHT_SHOWN) + count(Outcome.RIGHT_OFFERED), inScope());
    }

    /** A wrong guide shown directly, over all questions (in scope and out of scope): the confident mistakes. */
    public double wrongShown() {
        return ratio(count(Outcome.WRONG_SHOWN) + count(Outcome.OUT_OF_SCOPE_SHOWN), results.size());
    }

    /** Of the guides shown directly, the share that were right (out-of-scope questions included). */
    public double directPrecision() {
        return ratio(count(Outcome.RIGHT_SHOWN), directAnswers().size());
    }

    /** Calibration of direct answers' confidence, {@link Calibration#BINS} bins. */
    public double calibrationError() {
        return Calibration.expectedCalibrationError(directAnswers(), Calibration.BINS);
    }

    private List<Calibration.Judged> directAnswers() {
        return results.stream().filter(r -> r.decision() instanceof Shown)
                .map(r -> new Calibration.Judged(((Shown) r.decision()).confidence(),
                        r.outcome() == Outcome.RIGHT_SHOWN))
                .toList();
    }

    private static double ratio(int n, int of) {
        return of == 0 ? Double.NaN : n / (double) of;
    }
}
