package org.passerelle.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lenient look at a guide file's front matter, for what the strict loader cannot give: every missing field at
 * once (the loader stops at the first problem), and a title to list while a draft does not parse yet.
 */
final class FrontMatter {

    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9-]*)\\s*:\\s?(.*)");

    /** A field's value and the 1-based line it is on. */
    record Field(String value, int line) {
    }

    private FrontMatter() {
    }

    /** The fields between the opening and closing {@code ---}, first occurrence of each; empty when none. */
    static Map<String, Field> fields(String text) {
        Map<String, Field> fields = new LinkedHashMap<>();
        List<String> lines = LineDiff.lines(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            return fields;
        }
        for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            Matcher m = FIELD.matcher(lines.get(i).strip());
            if (m.matches()) {
                fields.putIfAbsent(m.group(1), new Field(m.group(2).strip(), i + 1));
            }
        }
        return fields;
    }

    /**
     * The text with one front-matter field set to {@code value}, everything else (line endings included) as it was;
     * the text as it was when the field is not there.
     */
    static String withField(String text, String name, String value) {
        Field field = fields(text).get(name);
        if (field == null) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        String old = lines[field.line() - 1];
        lines[field.line() - 1] = (old.startsWith("\uFEFF") ? "\uFEFF" : "") + name + ": " + value
                + (old.endsWith("\r") ? "\r" : "");
        return String.join("\n", lines);
    }

    static String title(String text) {
        Field title = fields(text).get("title");
        return title == null ? "" : title.value();
    }
}
