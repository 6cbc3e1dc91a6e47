package org.passerelle.site;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A week of periods in local time, the same every week: opening hours or staffed hours. Days missing from the map
 * have none. Each day's periods are sorted and never overlap (checked here, with the day named).
 */
public record WeeklyHours(Map<DayOfWeek, List<TimeRange>> days) {

    public static final WeeklyHours NONE = new WeeklyHours(Map.of());

    public WeeklyHours {
        EnumMap<DayOfWeek, List<TimeRange>> checked = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, ranges) -> {
            if (!ranges.isEmpty()) {
                checked.put(day, TimeRange.checkDay(day, ranges));
            }
        });
        days = java.util.Collections.unmodifiableMap(checked);
    }

    /** The periods of {@code day}, sorted; empty when none. */
    public List<TimeRange> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    /** Reads one text per day ({@link TimeRange#parseDay}); the first day that cannot be read is named. */
    public static WeeklyHours parse(Map<DayOfWeek, String> texts) {
        EnumMap<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, TimeRange.parseDay(day, texts.getOrDefault(day, "")));
        }
        return new WeeklyHours(days);
    }

    /** The same periods on each of {@code days}: {@code every(range(9, 0, 17, 0), MONDAY, …)}. */
    public static WeeklyHours every(List<TimeRange> ranges, DayOfWeek... days) {
        EnumMap<DayOfWeek, List<TimeRange>> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : days) {
            map.put(day, ranges);
        }
        return new WeeklyHours(map);
    }

    /** A day's periods as {@link #parse} reads them back: {@code 09:00-12:00, 13:00-17:00}; blank when none. */
    public String format(DayOfWeek day) {
        return on(day).stream().map(TimeRange::toString).collect(Collectors.joining(", "));
    }
}
