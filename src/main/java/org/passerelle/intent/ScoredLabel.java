package org.passerelle.intent;

/**
 * One label of a prediction and its probability.
 *
 * @param label       a guide id, a system label such as {@code system:greeting}, or whatever labels the
 *                    classifier was trained on
 * @param probability between 0 and 1; the probabilities of one prediction add up to 1
 */
public record ScoredLabel(String label, double probability) {
}
