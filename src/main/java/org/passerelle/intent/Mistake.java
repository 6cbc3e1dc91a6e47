package org.passerelle.intent;

/**
 * A held-out phrase the classifier got wrong in cross-validation: for an editor, a phrase to rewrite or a
 * guide whose phrases overlap another's.
 *
 * @param text        the phrase
 * @param label       its label in the knowledge base
 * @param predicted   the label ranked first instead
 * @param probability the probability given to {@code predicted}
 */
public record Mistake(String text, String label, String predicted, double probability) {
}
