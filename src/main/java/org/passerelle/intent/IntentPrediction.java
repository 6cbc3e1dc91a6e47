package org.passerelle.intent;

import java.util.List;
import java.util.Optional;

/**
 * What the classifier thinks a text asks for: every label it knows, most probable first.
 *
 * <p>{@link #decide} is the one place where a prediction becomes an answer, used by the application and
 * by the evaluation commands alike, so that a figure measured offline is the figure the kiosk gets.
 *
 * @param ranked all labels with their probabilities, in descending order of probability; never empty
 */
public record IntentPrediction(List<ScoredLabel> ranked) {

    public IntentPrediction {
        ranked = List.copyOf(ranked);
        if (ranked.isEmpty()) {
            throw new IllegalArgumentException("a prediction has at least one label");
        }
        for (int i = 1; i < ranked.size(); i++) {
            if (ranked.get(i).probability() > ranked.get(i - 1).probability()) {
                throw new IllegalArgumentException("labels must be ranked by descending probability");
            }
        }
    }

    /** The most probable label. */
    public ScoredLabel top() {
        return ranked.getFirst();
    }

    /** The second most probable label, if the classifier knows more than one. */
    public Optional<ScoredLabel> runnerUp() {
        return ranked.size() > 1 ? Optional.of(ranked.get(1)) : Optional.empty();
    }

    /**
     * The label to act on: the top label, or {@code outOfScopeLabel} when the top label is itself the
     * out-of-scope class or its probability is below {@code threshold} (too unsure to send a citizen to a
     * guide: "I don't know" is better than a wrong guide).
     */
    public String decide(double threshold, String outOfScopeLabel) {
        ScoredLabel top = top();
        return top.probability() < threshold || top.label().equals(outOfScopeLabel) ? outOfScopeLabel : top.label();
    }

    /** True when the runner-up is within {@code margin} of the top label: worth asking "did you mean A or B?". */
    public boolean isCloseCall(double margin) {
        return runnerUp().map(second -> top().probability() - second.probability() <= margin).orElse(false);
    }
}
