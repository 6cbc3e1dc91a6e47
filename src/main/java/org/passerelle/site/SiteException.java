package org.passerelle.site;

import java.time.DayOfWeek;
import org.jspecify.annotations.Nullable;

/**
 * A site or desk cannot be saved or deleted as asked. Each problem has a message in both languages
 * ({@code site.problem.<name in lower case>}, with the day's name as {@code {0}} when {@link #day()} is set), so the
 * administrator is told plainly what to fix and keeps what they typed.
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
        /** The same date is closed twice, or a closure reason is longer than 200 characters. */
        INVALID_CLOSURE,
        /** No site has this id (it may have been deleted meanwhile). */
        UNKNOWN_SITE,
        /** No desk has this id (it may have been deleted meanwhile). */
        UNKNOWN_DESK,
        /** Someone else saved this site or desk since it was opened: nothing was changed. */
        CHANGED_BY_SOMEONE_ELSE,
        /** Kiosks still belong to this site: move them first. */
        SITE_HAS_KIOSKS,
        /** A local desk still serves this site: delete that desk first. */
        SITE_HAS_LOCAL_DESK,
        /** The default site (where new kiosks go) cannot be deleted. */
        DEFAULT_SITE,
        /** A local desk covers exactly one site. */
        LOCAL_DESK_NEEDS_ONE_SITE,
        /** A remote desk covers at least one site, or all. */
        REMOTE_DESK_NEEDS_SITES
    }

    private final Problem problem;
    private final @Nullable DayOfWeek day;

    public SiteException(Problem problem) {
        this(problem, null);
    }

    public SiteException(Problem problem, @Nullable DayOfWeek day) {
        super(problem + (day == null ? "" : " (" + day + ")"));
        this.problem = problem;
        this.day = day;
    }

    public Problem problem() {
        return problem;
    }

    /** The day whose hours are wrong, for the hours problems. */
    public @Nullable DayOfWeek day() {
        return day;
    }

    /** The message key of this problem. */
    public String messageKey() {
        return "site.problem." + problem.name().toLowerCase(java.util.Locale.ROOT);
    }
}
