package org.passerelle.intent;

import java.util.List;

/**
 * Chooses the out-of-scope threshold on held-out predictions.
 *
 * <p>Criterion: the balanced score (in-scope accuracy + out-of-scope recall) / 2, maximised over thresholds
 * 0.00, 0.01, ... 0.99. Raising the threshold turns wrong in-scope guesses and out-of-scope questions into
 * "I don't know" (good) but also some right guesses (bad). Weighing both sides equally, rather than counting
 * queries, keeps the choice from being dictated by whichever side has more held-out phrases (CLINC150's
 * validation set has 30 in-scope queries per out-of-scope one). When several thresholds score the same, the
 * middle of the first best run is taken, so the threshold does not sit on the edge of where it works.
 */
final class ThresholdSelection {

    static final String CRITERION =
            "maximise (in-scope accuracy + out-of-scope recall) / 2 on held-out data, thresholds in steps of 0.01";

    private ThresholdSelection() {
    }

    /**
     * @param fallback the threshold returned when the held-out data has no out-of-scope or no in-scope phrase,
     *                 and so cannot say anything about the trade-off
     */
    static ThresholdChoice choose(List<HeldOut> heldOut, String outOfScopeLabel, double fallback) {
        boolean hasOos = heldOut.stream().anyMatch(h -> h.gold().equals(outOfScopeLabel));
        boolean hasInScope = heldOut.stream().anyMatch(h -> !h.gold().equals(outOfScopeLabel));
        if (!hasOos || !hasInScope) {
            Scores at = Scores.of(heldOut, fallback, outOfScopeLabel);
            return new ThresholdChoice(fallback, at.inScopeAccuracy(), at.outOfScopeRecall(),
                    "configured value: the held-out data has no " + (hasOos ? "in-scope" : "out-of-scope") + " phrase");
        }
        double best = -1;
        int firstBest = 0;
        int lastBest = 0;
        boolean inBestRun = false;
        for (int step = 0; step < 100; step++) {
            Scores scores = Scores.of(heldOut, step / 100.0, outOfScopeLabel);
            double balanced = (scores.inScopeAccuracy() + scores.outOfScopeRecall()) / 2;
            if (balanced > best + 1e-12) {
                best = balanced;
                firstBest = step;
                lastBest = step;
                inBestRun = true;
            } else if (inBestRun && Math.abs(balanced - best) <= 1e-12) {
                lastBest = step;
            } else {
                inBestRun = false;
            }
        }
        double threshold = ((firstBest + lastBest) / 2) / 100.0;
        Scores at = Scores.of(heldOut, threshold, outOfScopeLabel);
        return new ThresholdChoice(threshold, at.inScopeAccuracy(), at.outOfScopeRecall(), CRITERION);
    }
}
