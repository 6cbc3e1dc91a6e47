package org.passerelle.content;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.content.DiffLine.Change;

/**
 * A line diff: the longest common subsequence of lines, after the common start and end are set aside. Guides are
 * a few hundred lines, so the quadratic table is small; past {@link #MAX_CELLS} the changed middle is shown as all
 * removed then all added, which is still correct, only less precise.
 */
final class LineDiff {

    static final long MAX_CELLS = 4_000_000;

    private LineDiff() {
    }

    static List<DiffLine> between(String older, String newer) {
        List<String> a = lines(older);
        List<String> b = lines(newer);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<DiffLine> out = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            out.add(new DiffLine(Change.SAME, a.get(i), i + 1, i + 1));
        }
        middle(a, b, start, endA, endB, out);
        for (int i = endA, j = endB; i < a.size(); i++, j++) {
            out.add(new DiffLine(Change.SAME, a.get(i), i + 1, j + 1));
        }
        return out;
    }

    private static void middle(List<String> a, List<String> b, int start, int endA, int endB, List<DiffLine> out) {
        int n = endA - start;
        int m = endB - start;
        if ((long) n * m > MAX_CELLS) {
            for (int i = start; i < endA; i++) {
                out.add(new DiffLine(Change.REMOVED, a.get(i), i + 1, null));
            }
            for (int j = start; j < endB; j++) {
                out.add(new DiffLine(Change.ADDED, b.get(j), null, j + 1));
            }
            return;
        }
        // common[i][j]: length of the longest common subsequence of a[start+i..endA) and b[start+j..endB).
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(start + i).equals(b.get(start + j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(start + i).equals(b.get(start + j))) {
                out.add(new DiffLine(Change.SAME, a.get(start + i), start + i + 1, start + j + 1));
                i++;
                j++;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                // Removed before added, as a reader expects "this line became that one".
                out.add(new DiffLine(Change.REMOVED, a.get(start + i), start + i + 1, null));
                i++;
            } else {
                out.add(new DiffLine(Change.ADDED, b.get(start + j), null, start + j + 1));
                j++;
            }
        }
    }

    /** Lines without their line ends; a final line end does not make an extra empty line. */
    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }
}
