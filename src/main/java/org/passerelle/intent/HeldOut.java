package org.passerelle.intent;

/** A phrase the classifier did not train on: its true label and what the classifier said. */
record HeldOut(String text, String gold, IntentPrediction prediction) {
}
