package org.passerelle.opendata;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote or a line
 * break, its quotes doubled), made safe for spreadsheets: a text cell that would start with {@code = + - @}, a tab or
 * a carriage return starts with an apostrophe instead, so that Excel or LibreOffice never runs it as a formula (CSV
 * injection; OWASP's advice). A site's name is the only free text in the files, and an administrator writes it.
 * Numbers are written as they are: no count is negative.
 */
final class Csv {

    /** Excel reads a file with it as UTF-8, and shows "Québec" rather than "QuÃ©bec". */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r]");

    private Csv() {
    }

    /** One line: the cells, {@code null} as an empty cell, and CRLF. */
    static void line(StringBuilder out, List<? extends @Nullable Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof CharSequence && FORMULA_START.matcher(text).find()) {
            text = "'" + text;
        }
        return NEEDS_QUOTES.matcher(text).find() ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
