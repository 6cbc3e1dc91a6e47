package org.passerelle.site;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.site.SiteException.Problem;

/**
 * A period of a day in local (wall-clock) time, from {@code startMinute} included to {@code endMinute} excluded,
 * counted from midnight: 09:00–17:00 is (540, 1020). It may end at midnight, {@code 24:00} (1440); a period that
 * goes on past midnight is written as two, e.g. Monday 18:00–24:00 and Tuesday 00:00–02:00, and is one continuous
 * period for {@link SiteService#staffedUntil}.
 */
public record TimeRange(int startMinute, int endMinute) {

    public static final int MIDNIGHT = 24 * 60;

    /** One period: {@code 9:00-12:00}, {@code 09:00 – 12:00} or {@code 9h00-12h00}. */
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})\\s*[:h]\\s*(\\d{2})\\s*(?:-|–|—|à|to)\\s*(\\d{1,2})\\s*[:h]\\s*(\\d{2})");

    public TimeRange {
        if (startMinute < 0 || endMinute > MIDNIGHT || startMinute >= endMinute) {
            throw new IllegalArgumentException("a period starts before it ends, within one day: " + startMinute + "-" + endMinute);
        }
    }

    /** Whether {@code secondOfDay} (local time) is in this period. */
    boolean contains(int secondOfDay) {
        return startMinute * 60 <= secondOfDay && secondOfDay < endMinute * 60;
    }

    /** {@code 09:00-17:00}; midnight at the end is {@code 24:00}. */
    @Override
    public String toString() {
        return clock(startMinute) + "-" + clock(endMinute);
    }

    /** {@code 09:00–17:00}, with an en dash: for messages. */
    public String label() {
        return clock(startMinute) + "–" + clock(endMinute);
    }

    /** Whether this period lies within {@code ranges} (sorted, not overlapping; touching ones join). */
    boolean within(List<TimeRange> ranges) {
        int from = startMinute;
        for (TimeRange r : ranges) {
            if (r.startMinute <= from && from < r.endMinute) {
                from = r.endMinute;
            }
            if (from >= endMinute) {
                return true;
            }
        }
        return false;
    }

    private static String clock(int minute) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }

    /**
     * Reads a day's periods as an administrator types them: {@code 09:00-12:00, 13:00-17:00} (commas or
     * semicolons between periods); blank means none that day. The periods come back sorted.
     *
     * @throws SiteException naming {@code day}: {@code UNREADABLE_HOURS}, {@code INVERTED_HOURS} (an end at or
     *                       before its start) or {@code OVERLAPPING_HOURS}
     */
    public static List<TimeRange> parseDay(DayOfWeek day, String text) {
        List<TimeRange> ranges = new ArrayList<>();
        for (String part : text.split("[,;]")) {
            String p = part.strip().toLowerCase(java.util.Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            Matcher m = RANGE.matcher(p);
            if (!m.matches()) {
                throw new SiteException(Problem.UNREADABLE_HOURS, day);
            }
            int start = minute(day, m.group(1), m.group(2));
            int end = minute(day, m.group(3), m.group(4));
            if (start >= MIDNIGHT) {
                throw new SiteException(Problem.UNREADABLE_HOURS, day);
            }
            if (end <= start) {
                throw new SiteException(Problem.INVERTED_HOURS, day);
            }
            ranges.add(new TimeRange(start, end));
        }
        return checkDay(day, ranges);
    }

    /** Sorts a day's periods and refuses overlapping ones (touching ones, 09:00-12:00 and 12:00-17:00, are fine). */
    static List<TimeRange> checkDay(DayOfWeek day, List<TimeRange> ranges) {
        List<TimeRange> sorted = ranges.stream().sorted(Comparator.comparingInt(TimeRange::startMinute)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).startMinute() < sorted.get(i - 1).endMinute()) {
                throw new SiteException(Problem.OVERLAPPING_HOURS, day);
            }
        }
        return sorted;
    }

    private static int minute(DayOfWeek day, String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (h > 24 || m > 59 || (h == 24 && m != 0)) {
            throw new SiteException(Problem.UNREADABLE_HOURS, day);
        }
        return h * 60 + m;
    }
}
