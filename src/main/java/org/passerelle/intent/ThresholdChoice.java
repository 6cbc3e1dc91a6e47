package org.passerelle.intent;

/**
 * An out-of-scope threshold chosen on held-out data, with what it achieved there.
 *
 * @param threshold        the value to put in {@code passerelle.intent.out-of-scope-threshold}
 * @param inScopeAccuracy  share of held-out in-scope phrases whose decided label was right at that threshold
 * @param outOfScopeRecall share of held-out out-of-scope phrases that were declared out of scope
 * @param criterion        how the threshold was chosen, in words
 */
public record ThresholdChoice(double threshold, double inScopeAccuracy, double outOfScopeRecall, String criterion) {
}
