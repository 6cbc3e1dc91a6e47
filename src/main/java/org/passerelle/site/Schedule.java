package org.passerelle.site;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * When a site is open and staffed: its weekly hours read on the wall clock of its time zone, minus closed dates.
 * Pure Java, no Spring, immutable: {@link SiteService} keeps one per site in memory.
 *
 * <p>Hours are wall-clock hours, as a sign on the door says. So on the night clocks go forward an hour that does
 * not exist is simply skipped (00:00–03:00 lasts two hours), and on the night they go back an hour that happens
 * twice is staffed twice if its wall-clock time is in the hours. Answers that need the next change ({@link
 * #staffedUntil}, {@link #nextStaffed}) test each instant at which the answer can change (a period's start or end on
 * either offset, a day boundary, a time-zone transition) instead of doing arithmetic on local times, so
 * daylight-saving changes and midnight need no special case: Monday 18:00–24:00 followed by Tuesday 00:00–02:00 is
 * one period because nothing changes at midnight.
 */
final class Schedule {

    /** How far ahead {@link #nextStaffed} looks, and where {@link #staffedUntil} stops counting. */
    static final Duration HORIZON = Duration.ofDays(14);

    private final ZoneId zone;
    private final ZoneRules rules;
    private final WeeklyHours opening;
    private final WeeklyHours staffed;
    private final Set<LocalDate> closed;

    Schedule(ZoneId zone, WeeklyHours opening, WeeklyHours staffed, Set<LocalDate> closed) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.opening = opening;
        this.staffed = staffed;
        this.closed = Set.copyOf(closed);
    }

    ZoneId zone() {
        return zone;
    }

    boolean open(Instant at) {
        return within(opening, at);
    }

    boolean staffed(Instant at) {
        return within(staffed, at);
    }

    /**
     * The first instant after {@code at} at which the site is no longer staffed; empty when it is not staffed at
     * {@code at}. A site staffed without a break for longer than {@link #HORIZON} answers {@code at + HORIZON}.
     */
    Optional<Instant> staffedUntil(Instant at) {
        if (!staffed(at)) {
            return Optional.empty();
        }
        Instant limit = at.plus(HORIZON);
        for (Instant change : changes(staffed, at, limit, false)) {
            if (!staffed(change)) {
                return Optional.of(change);
            }
        }
        return Optional.of(limit);
    }

    /**
     * The first instant from {@code from} on at which the site is staffed ({@code from} itself when it is staffed
     * then), in the site's zone; empty when none comes within {@link #HORIZON}.
     */
    Optional<ZonedDateTime> nextStaffed(Instant from) {
        if (staffed(from)) {
            return Optional.of(from.atZone(zone));
        }
        for (Instant change : changes(staffed, from, from.plus(HORIZON), true)) {
            if (staffed(change)) {
                return Optional.of(change.atZone(zone));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the site's doors are open at some moment in [{@code from}, {@code to}]: looks back at most
     * {@link #HORIZON} from {@code to}.
     */
    boolean openDuring(Instant from, Instant to) {
        Instant start = from.isBefore(to.minus(HORIZON)) ? to.minus(HORIZON) : from;
        if (start.isAfter(to)) {
            return false;
        }
        if (open(start)) {
            return true;
        }
        for (Instant change : changes(opening, start, to, true)) {
            if (open(change)) {
                return true;
            }
        }
        return false;
    }

    private boolean within(WeeklyHours hours, Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (closed.contains(day)) {
            return false;
        }
        int second = local.toLocalTime().toSecondOfDay();
        for (TimeRange range : hours.on(day.getDayOfWeek())) {
            if (range.contains(second)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every instant in ({@code after}, {@code limit}] at which {@code hours} (staffed or opening) may start
     * ({@code starts}) or stop, in order: the periods' starts (or ends) on each valid offset, midnights, and the zone's
     * transitions.
     */
    private List<Instant> changes(WeeklyHours hours, Instant after, Instant limit, boolean starts) {
        TreeSet<Instant> changes = new TreeSet<>();
        LocalDate last = limit.atZone(zone).toLocalDate().plusDays(1);
        for (LocalDate day = after.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (TimeRange range : hours.on(day.getDayOfWeek())) {
                addLocal(changes, day.atStartOfDay().plusMinutes(starts ? range.startMinute() : range.endMinute()));
            }
            addLocal(changes, day.atStartOfDay());
        }
        for (@Nullable ZoneOffsetTransition t = rules.nextTransition(after); t != null && !t.getInstant().isAfter(limit);
                t = rules.nextTransition(t.getInstant())) {
            changes.add(t.getInstant());
        }
        return List.copyOf(changes.subSet(after, false, limit, true));
    }

    /**
     * The instants at which the wall clock reads {@code local}: one usually, two when the clocks go back, and when
     * they go forward past it, the transition itself (the first instant the wall clock is past {@code local}).
     */
    private void addLocal(Set<Instant> into, LocalDateTime local) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            if (gap != null) {
                into.add(gap.getInstant());
            }
            return;
        }
        for (ZoneOffset offset : offsets) {
            into.add(local.toInstant(offset));
        }
    }
}
