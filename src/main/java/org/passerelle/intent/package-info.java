/**
 * Intent classification: which guide (or system intent such as a greeting) a citizen's question asks
 * for, with a probability that can be compared with a threshold; and which of the two official
 * languages a question is written in.
 *
 * <p>The API is {@link org.passerelle.intent.IntentService} for the application,
 * {@link org.passerelle.intent.IntentClassifier} and {@link org.passerelle.intent.IntentModel} for plain
 * Java use, the prediction records, {@link org.passerelle.intent.CrossValidation} for "check the
 * classifier", and the two evaluation commands. Text normalisation and feature extraction live in
 * {@code internal}.
 */
@NullMarked
package org.passerelle.intent;

import org.jspecify.annotations.NullMarked;
