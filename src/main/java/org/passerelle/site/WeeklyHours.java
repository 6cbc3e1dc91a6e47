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

    /**
     * Refuses staffed hours outside the opening hours: each period of this week must lie within the periods of the
     * same weekday in {@code opening} (touching opening periods, 09:00-12:00 and 12:00-17:00, count as one). Someone on
     * duty while the doors are shut could be promised to a citizen who cannot get in.
     *
     * @throws SiteException naming the first day and period that fall outside: {@code STAFFED_OUTSIDE_OPENING}, or
     *                       {@code STAFFED_WHEN_CLOSED} when that day has no opening hours
     */
    public void requireWithin(WeeklyHours opening) {
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeRange> open = opening.on(day);
            for (TimeRange range : on(day)) {
                if (!range.within(open)) {
                    throw open.isEmpty() ? new SiteException(SiteException.Problem.STAFFED_WHEN_CLOSED, day, range.label())
                            : new SiteException(SiteException.Problem.STAFFED_OUTSIDE_OPENING, day, range.label(),
                                    open.stream().map(TimeRange::label).collect(Collectors.joining(", ")));
                }
            }
        }
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
