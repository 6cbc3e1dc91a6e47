package org.passerelle.intent;

import java.util.Set;

/**
 * One question of a held-out evaluation file ({@code knowledge-base/evaluation/heldout-*.tsv}): written apart from
 * the training phrases, never trained or tuned on.
 *
 * @param text     the question as a citizen would type it
 * @param expected the guide ids that answer it (one, or several for a question with two needs); empty when the
 *                 question is out of scope (the kiosk should say it does not know, or refer)
 * @param kind     how it is asked: plain, typo, no-accent, story, keyword, two-needs, out-of-scope
 * @param line     its line in the file
 */
public record HeldOutQuestion(String text, Set<String> expected, String kind, int line) {

    /** The label of an out-of-scope question in the file. */
    public static final String OUT_OF_SCOPE = "out-of-scope";

    public HeldOutQuestion {
        expected = Set.copyOf(expected);
    }

    public boolean outOfScope() {
        return expected.isEmpty();
    }
}
