package org.passerelle.intent;

import java.time.Duration;
import java.util.List;
import org.passerelle.knowledge.Language;

/**
 * What stratified k-fold cross-validation found for one language: every phrase was classified by a model
 * that had not seen it.
 *
 * @param topOneAccuracy      share of phrases whose top-ranked label is their own label (no threshold)
 * @param decidedAccuracy     share of phrases whose decided label, at {@code recommendedThreshold}, is their own
 * @param confusions          label pairs mixed up, most often first
 * @param mistakes            the phrases ranked wrong, most confident mistakes first
 * @param recommendedThreshold an out-of-scope threshold chosen on the held-out predictions
 * @param trainingTime        time spent training all folds
 */
public record CrossValidationReport(
        Language language, int examples, int folds, double topOneAccuracy, double decidedAccuracy,
        List<LabelConfusion> confusions, List<Mistake> mistakes, ThresholdChoice recommendedThreshold,
        Duration trainingTime) {

    public CrossValidationReport {
        confusions = List.copyOf(confusions);
        mistakes = List.copyOf(mistakes);
    }
}
