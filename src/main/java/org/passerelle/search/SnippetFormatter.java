package org.passerelle.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Writes highlighter passages as safe HTML: every character of the guide's text is escaped and the only
 * markup is {@code <mark>…</mark>} around matches. Lucene's {@code DefaultPassageFormatter} can escape
 * too, but the whole safety argument then rests on its escaping rules; this is short enough to read.
 * Neighbouring matches separated only by spaces share one mark ({@code <mark>employment insurance</mark>}).
 */
final class SnippetFormatter extends PassageFormatter {

    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";
    private static final String ELLIPSIS = " … ";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        for (Passage passage : passages) {
            if (!html.isEmpty()) {
                html.append(ELLIPSIS);
            }
            int position = passage.getStartOffset();
            int[] starts = passage.getMatchStarts();
            int[] ends = passage.getMatchEnds();
            int i = 0;
            while (i < passage.getNumMatches()) {
                int start = Math.max(starts[i], position);
                int end = ends[i];
                // Matches come sorted by start; merge overlapping ones and those with only spaces between.
                while (i + 1 < passage.getNumMatches() && (starts[i + 1] <= end || isBlank(content, end, starts[i + 1]))) {
                    i++;
                    end = Math.max(end, ends[i]);
                }
                i++;
                if (end <= position) {
                    continue;
                }
                escape(content, position, start, html);
                html.append(OPEN);
                escape(content, start, end, html);
                html.append(CLOSE);
                position = end;
            }
            escape(content, position, passage.getEndOffset(), html);
        }
        return html.toString().strip();
    }

    private static boolean isBlank(String content, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            if (c != ' ' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** Escapes {@code content[from, to)} for HTML text and attribute values alike. */
    static void escape(String content, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case GuideDocuments.BLOCK_SEPARATOR, '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), out);
        return out.toString().strip();
    }
}
