package org.passerelle.privacy;

import java.util.List;

/**
 * E-mail addresses, found from each {@code @} outwards rather than by a pattern: a pattern such as
 * {@code [\w.]+@} retried at every position of a long run of letters takes quadratic time, a scan from the
 * {@code @} is bounded by the longest local part (64) and domain (253) the standard allows.
 *
 * <p>Local part: letters (accents included), digits and {@code . _ % + -}, not starting or ending with a
 * dot. Domain: at least two labels of letters, digits and hyphens; the last label (top-level domain) is at
 * least two letters. A sentence's final dot is not part of the address.
 */
final class Emails {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;

    private Emails() {
    }

    static void find(String text, List<Finding> into) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = localPartStart(text, at);
            int end = domainEnd(text, at);
            if (start < at && end > at) {
                into.add(new Finding(Kind.EMAIL, start, end));
            }
        }
    }

    /** Start of the local part before {@code at}, or {@code at} when there is none. */
    private static int localPartStart(String text, int at) {
        int start = at;
        while (start > 0 && at - start < MAX_LOCAL && isLocal(text.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && isLocal(text.charAt(start - 1))) {
            return at; // longer than any real local part
        }
        while (start < at && text.charAt(start) == '.') {
            start++;
        }
        return start < at && text.charAt(at - 1) != '.' ? start : at;
    }

    /** End of the last label after {@code at} that can close a domain, or {@code at} when there is none. */
    private static int domainEnd(String text, int at) {
        int end = at + 1;
        int validEnd = at;
        boolean dotted = false;
        while (end < text.length()) {
            int label = end;
            while (end < text.length() && end - at <= MAX_DOMAIN && isDomain(text.charAt(end))) {
                end++;
            }
            if (end == label) {
                break;
            }
            if (dotted && isTopLevel(text, label, end)) {
                validEnd = end;
            }
            if (end >= text.length() || text.charAt(end) != '.' || end - at > MAX_DOMAIN) {
                break;
            }
            dotted = true;
            end++;
        }
        return validEnd;
    }

    private static boolean isTopLevel(String text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLocal(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomain(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '-';
    }
}
