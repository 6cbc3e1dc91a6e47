package org.passerelle.knowledge;

/**
 * A training or test example for the intent classifier.
 *
 * @param label a guide id, or a {@link SystemIntent#label()}
 */
public record LabeledText(String label, String text) {
}
