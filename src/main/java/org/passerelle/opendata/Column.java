package org.passerelle.opendata;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passerelle.insights.OpenFigures;
import org.passerelle.insights.OpenFigures.Count;
import org.passerelle.knowledge.Language;

/**
 * One field of the daily figures, in the order the files show them: its name, type and unit for the data dictionary,
 * and its value on a row. The one list the CSV file, the JSON file and the dictionary are all written from, so they
 * cannot disagree. The field's description is the message {@code opendata.field.<name>} in each language.
 *
 * @param type a JSON Schema type name: string, integer or number (a date is a string, ISO 8601)
 * @param unit what a value is counted in: count, ratio (0 to 1), s (seconds); empty for names, codes and dates
 */
record Column(String name, String type, String unit, BiFunction<OpenFigures, Map<Long, String>, @Nullable Object> value) {

    static final List<Column> ALL = all();

    /** The key of the field's description. */
    String descriptionKey() {
        return "opendata.field." + name;
    }

    /** The value on {@code row}, {@code null} for an empty cell; {@code sites} names the sites by id. */
    @Nullable Object valueOf(OpenFigures row, Map<Long, String> sites) {
        return value.apply(row, sites);
    }

    private static List<Column> all() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("date", "string", "", (r, s) -> r.day().format(DateTimeFormatter.ISO_LOCAL_DATE)));
        columns.add(new Column("language", "string", "", (r, s) -> r.language().code()));
        columns.add(new Column("site_id", "integer", "", (r, s) -> r.siteId()));
        columns.add(new Column("site_name", "string", "", (r, s) -> r.siteId() == null ? null : s.get(r.siteId())));
        columns.add(new Column("channel", "string", "", (r, s) -> r.channel().name().toLowerCase(Locale.ROOT)));
        columns.add(new Column("guide_id", "string", "", (r, s) -> r.guideId()));
        for (Count count : Count.values()) {
            columns.add(new Column(field(count), "integer", "count", (r, s) -> {
                var n = r.count(count);
                return n.isPresent() ? Integer.valueOf(n.getAsInt()) : null;
            }));
            if (count == Count.SYSTEM_REPLIES) {
                // Right after the counts it is computed from, as the issue lists it.
                columns.add(new Column("containment", "number", "ratio", (r, s) -> r.containment()));
            }
        }
        columns.add(new Column("median_wait_seconds", "integer", "s", (r, s) -> r.medianWaitSeconds()));
        columns.add(new Column("p90_wait_seconds", "integer", "s", (r, s) -> r.p90WaitSeconds()));
        columns.add(new Column("suppressed", "string", "", (r, s) -> r.suppressed().isEmpty() ? null
                : suppressed(r).stream().collect(Collectors.joining(" "))));
        return List.copyOf(columns);
    }

    /** The field name of a count: questions, guide_answers… */
    static String field(Count count) {
        return count.name().toLowerCase(Locale.ROOT);
    }

    /** The fields withheld on {@code row}, in the files' order. */
    static List<String> suppressed(OpenFigures row) {
        List<String> fields = new ArrayList<>();
        for (Count count : Count.values()) {
            if (row.suppressed().contains(count)) {
                fields.add(field(count));
            }
        }
        return fields;
    }

    /** The description in {@code language}. */
    String description(Language language) {
        return Texts.t(language, descriptionKey());
    }
}
