package org.passerelle.intent;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of an intent evaluation, computed from decided labels ({@link IntentPrediction#decide}).
 *
 * @param inScopeAccuracy       share of in-scope phrases whose decided label equals the true label; declaring
 *                              an in-scope phrase out of scope counts as wrong
 * @param outOfScopeRecall      share of out-of-scope phrases declared out of scope (NaN when there are none)
 * @param outOfScopePrecision   share of "out of scope" decisions that were right (NaN when none was made)
 * @param macroF1               F1 averaged over the true labels present, out-of-scope included
 */
record Scores(int inScope, int outOfScope, double inScopeAccuracy, double outOfScopeRecall,
        double outOfScopePrecision, double macroF1) {

    static Scores of(List<HeldOut> heldOut, double threshold, String outOfScopeLabel) {
        int inScope = 0;
        int inScopeRight = 0;
        int oos = 0;
        int oosRight = 0;
        int oosDecided = 0;
        Map<String, Integer> truePositives = new HashMap<>();
        Map<String, Integer> goldCounts = new HashMap<>();
        Map<String, Integer> decidedCounts = new HashMap<>();
        for (HeldOut h : heldOut) {
            String decided = h.prediction().decide(threshold, outOfScopeLabel);
            boolean right = decided.equals(h.gold());
            goldCounts.merge(h.gold(), 1, Integer::sum);
            decidedCounts.merge(decided, 1, Integer::sum);
            if (right) {
                truePositives.merge(decided, 1, Integer::sum);
            }
            if (decided.equals(outOfScopeLabel)) {
                oosDecided++;
            }
            if (h.gold().equals(outOfScopeLabel)) {
                oos++;
                oosRight += right ? 1 : 0;
            } else {
                inScope++;
                inScopeRight += right ? 1 : 0;
            }
        }
        Set<String> labels = new HashSet<>(goldCounts.keySet());
        double f1Sum = 0;
        for (String label : labels) {
            int tp = truePositives.getOrDefault(label, 0);
            int predicted = decidedCounts.getOrDefault(label, 0);
            int gold = goldCounts.get(label);
            double precision = predicted == 0 ? 0 : (double) tp / predicted;
            double recall = (double) tp / gold;
            f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return new Scores(inScope, oos,
                ratio(inScopeRight, inScope), ratio(oosRight, oos), ratio(oosRight, oosDecided),
                labels.isEmpty() ? Double.NaN : f1Sum / labels.size());
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
