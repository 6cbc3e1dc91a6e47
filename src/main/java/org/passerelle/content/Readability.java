package org.passerelle.content;

import org.passerelle.knowledge.Language;

/**
 * The readability of one language side of a guide: its summary, step titles and step texts (not the training
 * phrases, which are written the way people type).
 *
 * <p>English: Flesch reading ease, {@code 206.835 − 1.015 × words/sentences − 84.6 × syllables/words}. French:
 * Kandel and Moles' adaptation of it, {@code 207 − 1.015 × words/sentences − 73.6 × syllables/words}. Both run from
 * about 0 (very hard) to 100 (very easy); 60 and above is plain language. Syllables are estimated from groups of
 * vowels (a silent final {@code e} not counted), which is what these formulas were calibrated with.
 *
 * @param formula {@code "Flesch reading ease"} or {@code "Kandel-Moles"}
 * @param score   the score, higher is easier; NaN when there is no text
 */
public record Readability(Language language, String formula, double score, int sentences, int words, int syllables) {

    /** Words per sentence, on average. */
    public double wordsPerSentence() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }
}
