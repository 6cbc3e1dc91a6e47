package org.passerelle.site;

import java.time.DayOfWeek;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A site or desk cannot be saved or deleted as asked. Each problem has a message in both languages
 * ({@code site.problem.<name in lower case>}), so the administrator is told plainly what to fix and keeps what they
 * typed. The message's {@code {0}} says where: the day's name when {@link #day()} is set, the line number when
 * {@link #line()} is, the field's label when {@link #field()} is; {@code {1}}, {@code {2}} are {@link #details()}
 * (hours, dates, a desk's name), already written for display.
 */
public class SiteException extends RuntimeException {

    /** What went wrong. */
    public enum Problem {
        /** A name of 1 to 100 characters is required. */
        INVALID_NAME,
        /** The address is longer than 200 characters. */
        ADDRESS_TOO_LONG,
        /** The time zone is not a known region id such as America/Toronto. */
        UNKNOWN_ZONE,
        /** No province or territory was chosen. */
        NO_PROVINCE,
        /** The local staff speak no language. */
        NO_STAFF_LANGUAGE,
        /** Hours of {@link #day()} cannot be read (expected e.g. {@code 09:00-12:00, 13:00-17:00}). */
        UNREADABLE_HOURS,
        /** A period of {@link #day()} ends before it starts. */
        INVERTED_HOURS,
        /** Two periods of {@link #day()} overlap. */
        OVERLAPPING_HOURS,
        /** "Other ways to get help" is longer than {@link SiteForm#OTHER_WAYS_MAX} characters. */
        OTHER_WAYS_TOO_LONG,
        /** "Other ways to get help" is empty in one language. */
        NO_OTHER_WAYS,
        /** Staffed hours {@code {1}} of {@link #day()} are not all within its opening hours {@code {2}}. */
        STAFFED_OUTSIDE_OPENING,
        /** Staffed hours {@code {1}} on {@link #day()}, which has no opening hours. */
        STAFFED_WHEN_CLOSED,
        /** The same date is closed twice (a list of closures given without lines). */
        INVALID_CLOSURE,
        /** Closure {@link #line()} does not start with a date written like 2026-12-25. */
        CLOSURE_UNREADABLE,
        /** Closure {@link #line()} names a date that does not exist ({@code {1}}, e.g. 2026-02-30). */
        CLOSURE_NOT_A_DATE,
        /** Closure {@link #line()} ends ({@code {2}}) before it starts ({@code {1}}). */
        CLOSURE_REVERSED,
        /** Closure {@link #line()} covers more than {@link Closure#RANGE_MAX_DAYS} days. */
        CLOSURE_RANGE_TOO_LONG,
        /** Closure {@link #line()} has a reason longer than {@link Closure#REASON_MAX} characters. */
        CLOSURE_REASON_TOO_LONG,
        /** Closure {@link #line()} closes {@code {1}} again, already closed on line {@code {2}}. */
        CLOSURE_TWICE,
        /** More than {@link Closure#MAX} closed dates, or a closures text too long to read. */
        TOO_MANY_CLOSURES,
        /** {@link #field()} holds a control character (a null, an escape; a tab or line break in a one-line field). */
        CONTROL_CHARACTERS,
        /** No site has this id (it may have been deleted meanwhile). */
        UNKNOWN_SITE,
        /** No desk has this id (it may have been deleted meanwhile). */
        UNKNOWN_DESK,
        /** Someone else saved this site or desk since it was opened: nothing was changed. */
        CHANGED_BY_SOMEONE_ELSE,
        /** Kiosks still belong to this site: move them first. */
        SITE_HAS_KIOSKS,
        /** A local desk ({@code {1}}) still serves this site: delete that desk first. */
        SITE_HAS_LOCAL_DESK,
        /** A remote desk ({@code {1}}) covers only this site: it would cover nothing. */
        SITE_IS_ONLY_SITE_OF_REMOTE_DESK,
        /** The default site (where new kiosks go) cannot be deleted. */
        DEFAULT_SITE,
        /** A local desk covers exactly one site. */
        LOCAL_DESK_NEEDS_ONE_SITE,
        /** A remote desk covers at least one site, or all. */
        REMOTE_DESK_NEEDS_SITES
    }

    /** The field a problem is in, for the problems that name one. */
    public enum Field {
        NAME, ADDRESS, OTHER_WAYS_EN, OTHER_WAYS_FR, CLOSURES
    }

    private final Problem problem;
    private final @Nullable DayOfWeek day;
    private final int line;
    private final @Nullable Field field;
    private final List<String> details;

    public SiteException(Problem problem) {
        this(problem, null);
    }

    public SiteException(Problem problem, @Nullable DayOfWeek day, String... details) {
        this(problem, day, 0, null, List.of(details));
    }

    private SiteException(Problem problem, @Nullable DayOfWeek day, int line, @Nullable Field field,
            List<String> details) {
        super(problem + (day == null ? "" : " (" + day + ")") + (line == 0 ? "" : " (line " + line + ")")
                + (field == null ? "" : " (" + field + ")") + (details.isEmpty() ? "" : " " + details));
        this.problem = problem;
        this.day = day;
        this.line = line;
        this.field = field;
        this.details = List.copyOf(details);
    }

    /** A problem in a field ({@link Problem#CONTROL_CHARACTERS}, say). */
    public static SiteException in(Field field, Problem problem, String... details) {
        return new SiteException(problem, null, 0, field, List.of(details));
    }

    /** A problem on line {@code line} (counted from 1) of the closures text. */
    public static SiteException atLine(int line, Problem problem, String... details) {
        return new SiteException(problem, null, line, Field.CLOSURES, List.of(details));
    }

    /** This problem, found on line {@code line} of the closures text. */
    SiteException atLine(int line) {
        return new SiteException(problem, day, line, Field.CLOSURES, details);
    }

    public Problem problem() {
        return problem;
    }

    /** The day whose hours are wrong, for the hours problems. */
    public @Nullable DayOfWeek day() {
        return day;
    }

    /** The closures line the problem is on, counted from 1; 0 when it is not about a line. */
    public int line() {
        return line;
    }

    /** The field the problem is in, when it names one. */
    public @Nullable Field field() {
        return field;
    }

    /** What the message shows as {@code {1}}, {@code {2}}: hours, dates, a desk's name. */
    public List<String> details() {
        return details;
    }

    /** The message key of this problem. */
    public String messageKey() {
        return "site.problem." + problem.name().toLowerCase(java.util.Locale.ROOT);
    }
}
