package org.passerelle.content;

import org.jspecify.annotations.Nullable;

/**
 * One line of a comparison of two texts.
 *
 * @param change  whether the line is in both, only the older, or only the newer text
 * @param oldLine its 1-based line number in the older text, null when {@link Change#ADDED}
 * @param newLine its 1-based line number in the newer text, null when {@link Change#REMOVED}
 */
public record DiffLine(Change change, String text, @Nullable Integer oldLine, @Nullable Integer newLine) {

    public enum Change {
        SAME,
        REMOVED,
        ADDED
    }
}
