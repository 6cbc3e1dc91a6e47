package org.passerelle.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Canadian postal codes ({@code K1A 0B1}, {@code k1a0b1}, {@code K1A-0B1}). Canada Post never uses D, F, I,
 * O, Q or U, nor W or Z as the first letter; keeping to the letters in use is what keeps form and product
 * codes of the same shape ({@code T4A}, {@code H2O}) from being taken for one.
 */
final class PostalCodes {

    private static final String FIRST = "[ABCEGHJ-NPRSTVXYabceghj-nprstvxy]";
    private static final String OTHER = "[ABCEGHJ-NPRSTV-Zabceghj-nprstv-z]";
    private static final Pattern POSTAL_CODE = Pattern.compile("(?=" + FIRST + "\\d)" + Shapes.NOT_AFTER_WORD
            + FIRST + "\\d" + OTHER + "(?: {1,2}|-| - )?\\d" + OTHER + "\\d" + Shapes.NOT_BEFORE_WORD);

    private PostalCodes() {
    }

    static void find(String text, List<Finding> into) {
        Shapes.findAll(POSTAL_CODE, Kind.POSTAL_CODE, text, into);
    }
}
