package org.passerelle.intent;

/**
 * Two labels the classifier mixed up in cross-validation, in either direction.
 *
 * @param first  one label (the alphabetically smaller)
 * @param second the other
 * @param count  held-out phrases of one that were ranked first as the other
 */
public record LabelConfusion(String first, String second, int count) {
}
