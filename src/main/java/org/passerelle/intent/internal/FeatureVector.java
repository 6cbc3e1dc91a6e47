package org.passerelle.intent.internal;

/**
 * A text's features as OpenNLP takes them: names and, at the same index, values.
 *
 * @param names  feature names, {@code bias} first, no duplicates
 * @param values their values
 */
public record FeatureVector(String[] names, float[] values) {
}
