package org.passerelle.intent;

import java.util.List;

/**
 * Expected calibration error: does a confidence of 0.8 mean right 8 times in 10? The answers are put in
 * equal-width bins by confidence; ECE is the average over bins, weighted by their size, of
 * |accuracy of the bin − mean confidence of the bin|. 0 is perfect; a classifier that says 0.9 and is right
 * half the time scores 0.4.
 */
public final class Calibration {

    /** The number of bins the figures use (0–0.1, …, 0.9–1). */
    public static final int BINS = 10;

    /** One answer given: how sure the engine was, and whether it was right. */
    public record Judged(double confidence, boolean correct) {
    }

    private Calibration() {
    }

    /** NaN when there are no answers. */
    public static double expectedCalibrationError(List<Judged> answers, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, was " + bins);
        }
        if (answers.isEmpty()) {
            return Double.NaN;
        }
        int[] count = new int[bins];
        double[] confidence = new double[bins];
        int[] correct = new int[bins];
        for (Judged a : answers) {
            int bin = Math.min(bins - 1, Math.max(0, (int) Math.floor(a.confidence() * bins)));
            count[bin]++;
            confidence[bin] += a.confidence();
            if (a.correct()) {
                correct[bin]++;
            }
        }
        double error = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                error += Math.abs(correct[b] / (double) count[b] - confidence[b] / count[b]) * count[b];
            }
        }
        return error / answers.size();
    }
}
