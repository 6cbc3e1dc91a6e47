package org.passerelle.site;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.site.SiteException.Problem;

/**
 * The staffing engine with explicit instants. 2026: clocks go forward on Sunday 8 March at 02:00 and back on Sunday
 * 1 November at 02:00 in Toronto, Halifax and St. John's alike.
 */
class ScheduleTest {

    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    static final ZoneId HALIFAX = ZoneId.of("America/Halifax");
    static final ZoneId ST_JOHNS = ZoneId.of("America/St_Johns");

    static final List<TimeRange> NINE_TO_FIVE = List.of(new TimeRange(9 * 60, 17 * 60));
    static final DayOfWeek[] WEEKDAYS = {MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY};

    static Schedule staffed(ZoneId zone, WeeklyHours week, LocalDate... closed) {
        return new Schedule(zone, week, week, Set.of(closed));
    }

    static WeeklyHours week(DayOfWeek day, String hours) {
        return WeeklyHours.parse(Map.of(day, hours));
    }

    static Instant local(ZoneId zone, String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    @Test
    void a_weekday_site_is_staffed_from_nine_to_five_and_next_staffed_on_monday_after_a_friday_evening() {
        Schedule s = staffed(TORONTO, WeeklyHours.every(NINE_TO_FIVE, WEEKDAYS));

        assertThat(s.staffed(local(TORONTO, "2026-11-25T10:00"))).isTrue();
        assertThat(s.staffed(local(TORONTO, "2026-11-25T08:59:59"))).isFalse();
        assertThat(s.staffed(local(TORONTO, "2026-11-25T17:00"))).isFalse();
        assertThat(s.staffedUntil(local(TORONTO, "2026-11-25T10:00"))).contains(local(TORONTO, "2026-11-25T17:00"));
        assertThat(s.staffedUntil(local(TORONTO, "2026-11-25T18:00"))).isEmpty();
        assertThat(s.nextStaffed(local(TORONTO, "2026-11-27T18:00")))
                .hasValueSatisfying(t -> assertThat(t.toLocalDateTime()).isEqualTo("2026-11-30T09:00"));
    }

    @Test
    void while_staffed_the_next_staffed_moment_is_now() {
        Schedule s = staffed(TORONTO, WeeklyHours.every(NINE_TO_FIVE, WEEKDAYS));
        Instant now = local(TORONTO, "2026-11-25T10:00");

        assertThat(s.nextStaffed(now)).hasValueSatisfying(t -> assertThat(t.toInstant()).isEqualTo(now));
    }

    @Test
    void an_evening_until_midnight_followed_by_the_early_hours_is_one_staffed_period() {
        WeeklyHours week = WeeklyHours.parse(Map.of(MONDAY, "18:00-24:00", TUESDAY, "00:00-02:00"));
        Schedule s = staffed(TORONTO, week);

        assertThat(s.staffed(local(TORONTO, "2026-11-23T23:59:59"))).isTrue();
        assertThat(s.staffed(local(TORONTO, "2026-11-24T00:00"))).isTrue();
        assertThat(s.staffedUntil(local(TORONTO, "2026-11-23T20:00"))).contains(local(TORONTO, "2026-11-24T02:00"));
    }

    @Test
    void an_evening_until_midnight_ends_at_midnight_when_the_next_day_is_closed() {
        WeeklyHours week = WeeklyHours.parse(Map.of(MONDAY, "18:00-24:00", TUESDAY, "00:00-02:00"));
        Schedule s = staffed(TORONTO, week, LocalDate.parse("2026-11-24"));

        assertThat(s.staffedUntil(local(TORONTO, "2026-11-23T20:00"))).contains(local(TORONTO, "2026-11-24T00:00"));
    }

    @Test
    void when_clocks_go_forward_in_toronto_the_missing_hour_is_skipped() {
        Schedule s = staffed(TORONTO, week(SUNDAY, "00:00-04:00"));
        Instant start = Instant.parse("2026-03-08T05:00:00Z"); // 00:00 EST

        assertThat(s.staffed(start)).isTrue();
        assertThat(s.staffedUntil(start)).contains(Instant.parse("2026-03-08T08:00:00Z")); // 04:00 EDT
        assertThat(Duration.between(start, s.staffedUntil(start).orElseThrow())).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void a_period_ending_in_the_missing_hour_ends_when_the_clocks_jump() {
        Schedule s = staffed(TORONTO, week(SUNDAY, "01:00-02:30"));

        // 01:00 EST is 06:00Z; at 07:00Z the clock jumps from 02:00 to 03:00, past 02:30.
        assertThat(s.staffedUntil(Instant.parse("2026-03-08T06:10:00Z"))).contains(Instant.parse("2026-03-08T07:00:00Z"));
    }

    @Test
    void a_period_starting_in_the_missing_hour_starts_when_the_clocks_jump() {
        Schedule s = staffed(TORONTO, week(SUNDAY, "02:30-05:00"));

        assertThat(s.nextStaffed(local(TORONTO, "2026-03-08T00:00")))
                .hasValueSatisfying(t -> assertThat(t.toInstant()).isEqualTo("2026-03-08T07:00:00Z"));
    }

    @Test
    void a_period_entirely_in_the_missing_hour_never_happens_that_day() {
        Schedule s = staffed(TORONTO, week(SUNDAY, "02:00-02:30"));

        assertThat(s.nextStaffed(local(TORONTO, "2026-03-07T12:00")))
                .hasValueSatisfying(t -> assertThat(t.toLocalDateTime()).isEqualTo("2026-03-15T02:00"));
    }

    @Test
    void when_clocks_go_back_in_toronto_the_repeated_hour_is_staffed_twice() {
        Schedule s = staffed(TORONTO, week(SUNDAY, "00:00-02:00"));
        Instant start = Instant.parse("2026-11-01T04:00:00Z"); // 00:00 EDT

        assertThat(s.staffedUntil(start)).contains(Instant.parse("2026-11-01T07:00:00Z")); // 02:00 EST
    }

    @Test
    void a_period_inside_the_repeated_hour_happens_on_both_passes() {
        Schedule s = staffed(TORONTO, week(SUNDAY, "01:00-01:30"));

        // First pass: 01:00-01:30 EDT = 05:00-05:30Z; second pass: 01:00-01:30 EST = 06:00-06:30Z.
        assertThat(s.staffedUntil(Instant.parse("2026-11-01T05:10:00Z"))).contains(Instant.parse("2026-11-01T05:30:00Z"));
        assertThat(s.staffed(Instant.parse("2026-11-01T05:40:00Z"))).isFalse();
        assertThat(s.nextStaffed(Instant.parse("2026-11-01T05:40:00Z")))
                .hasValueSatisfying(t -> assertThat(t.toInstant()).isEqualTo("2026-11-01T06:00:00Z"));
        assertThat(s.staffedUntil(Instant.parse("2026-11-01T06:10:00Z"))).contains(Instant.parse("2026-11-01T06:30:00Z"));
    }

    @Test
    void a_period_across_the_repeated_hour_pauses_when_the_clock_goes_back_before_its_start() {
        Schedule s = staffed(TORONTO, week(SUNDAY, "01:45-03:00"));

        // Staffed from 01:45 EDT (05:45Z); at 06:00Z the wall clock goes back to 01:00, before 01:45.
        assertThat(s.staffedUntil(Instant.parse("2026-11-01T05:50:00Z"))).contains(Instant.parse("2026-11-01T06:00:00Z"));
        assertThat(s.nextStaffed(Instant.parse("2026-11-01T06:00:00Z")))
                .hasValueSatisfying(t -> assertThat(t.toInstant()).isEqualTo("2026-11-01T06:45:00Z"));
    }

    @Test
    void halifax_loses_an_hour_in_spring_and_gains_one_in_autumn() {
        Schedule s = staffed(HALIFAX, WeeklyHours.parse(Map.of(SUNDAY, "01:00-03:30")));

        Instant springStart = Instant.parse("2026-03-08T05:00:00Z"); // 01:00 AST
        assertThat(s.staffed(springStart)).isTrue();
        assertThat(s.staffedUntil(springStart)).contains(Instant.parse("2026-03-08T06:30:00Z")); // 03:30 ADT
        Instant autumnStart = Instant.parse("2026-11-01T04:00:00Z"); // 01:00 ADT
        assertThat(s.staffedUntil(autumnStart)).contains(Instant.parse("2026-11-01T07:30:00Z")); // 03:30 AST
    }

    @Test
    void st_johns_half_hour_offset_and_its_daylight_saving_change_are_followed() {
        Schedule weekdays = staffed(ST_JOHNS, WeeklyHours.every(NINE_TO_FIVE, WEEKDAYS));
        // 09:00 NST (-03:30) is 12:30Z.
        assertThat(weekdays.nextStaffed(Instant.parse("2026-11-25T11:00:00Z")))
                .hasValueSatisfying(t -> assertThat(t.toInstant()).isEqualTo("2026-11-25T12:30:00Z"));
        assertThat(weekdays.staffed(Instant.parse("2026-11-25T12:29:00Z"))).isFalse();

        Schedule sunday = staffed(ST_JOHNS, week(SUNDAY, "00:00-12:00"));
        Instant start = Instant.parse("2026-03-08T03:30:00Z"); // 00:00 NST
        assertThat(sunday.staffedUntil(start)).contains(Instant.parse("2026-03-08T14:30:00Z")); // 12:00 NDT (-02:30)
        assertThat(Duration.between(start, sunday.staffedUntil(start).orElseThrow())).isEqualTo(Duration.ofHours(11));
    }

    @Test
    void a_closed_date_is_neither_open_nor_staffed_and_the_next_staffed_day_skips_it() {
        LocalDate monday = LocalDate.parse("2026-11-30");
        Schedule s = staffed(TORONTO, WeeklyHours.every(NINE_TO_FIVE, WEEKDAYS), monday);

        assertThat(s.staffed(local(TORONTO, "2026-11-30T10:00"))).isFalse();
        assertThat(s.open(local(TORONTO, "2026-11-30T10:00"))).isFalse();
        assertThat(s.nextStaffed(local(TORONTO, "2026-11-27T18:00")))
                .hasValueSatisfying(t -> assertThat(t.toLocalDateTime()).isEqualTo("2026-12-01T09:00"));
    }

    @Test
    void nothing_staffed_within_fourteen_days_gives_no_next_staffed_moment() {
        WeeklyHours mondays = WeeklyHours.every(NINE_TO_FIVE, MONDAY);
        Instant tuesday = local(TORONTO, "2026-11-24T10:00");

        Schedule twoMondaysClosed = staffed(TORONTO, mondays, LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-07"));
        assertThat(twoMondaysClosed.nextStaffed(tuesday)).isEmpty();

        Schedule oneMondayClosed = staffed(TORONTO, mondays, LocalDate.parse("2026-11-30"));
        assertThat(oneMondayClosed.nextStaffed(tuesday))
                .hasValueSatisfying(t -> assertThat(t.toLocalDateTime()).isEqualTo("2026-12-07T09:00"));
        assertThat(staffed(TORONTO, WeeklyHours.NONE).nextStaffed(tuesday)).isEmpty();
    }

    @Test
    void a_site_staffed_around_the_clock_is_staffed_until_the_end_of_the_horizon() {
        EnumMap<DayOfWeek, List<TimeRange>> all = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            all.put(d, List.of(new TimeRange(0, TimeRange.MIDNIGHT)));
        }
        Instant now = local(TORONTO, "2026-10-28T10:00"); // the horizon crosses the autumn change
        assertThat(staffed(TORONTO, new WeeklyHours(all)).staffedUntil(now)).contains(now.plus(Schedule.HORIZON));
    }

    @Test
    void opening_hours_and_staffed_hours_are_separate() {
        WeeklyHours open = WeeklyHours.parse(Map.of(SATURDAY, "10:00-16:00"));
        WeeklyHours staffedHours = WeeklyHours.parse(Map.of(SATURDAY, "10:00-12:00"));
        Schedule s = new Schedule(TORONTO, open, staffedHours, Set.of());
        Instant afternoon = local(TORONTO, "2026-11-28T14:00");

        assertThat(s.open(afternoon)).isTrue();
        assertThat(s.staffed(afternoon)).isFalse();
    }

    @Test
    void hours_are_read_as_typed_and_written_back_the_same() {
        List<TimeRange> day = TimeRange.parseDay(MONDAY, " 13:00-17:00 , 9:00 - 12:00;18h00-24h00 ");

        assertThat(day).extracting(TimeRange::toString).containsExactly("09:00-12:00", "13:00-17:00", "18:00-24:00");
        assertThat(TimeRange.parseDay(MONDAY, "  ")).isEmpty();
        assertThat(TimeRange.parseDay(MONDAY, "09:00-12:00, 12:00-17:00")).hasSize(2);
        assertThat(WeeklyHours.parse(Map.of(MONDAY, "9:00-12:00,13:00-17:00")).format(MONDAY))
                .isEqualTo("09:00-12:00, 13:00-17:00");
    }

    @Test
    void inverted_overlapping_and_unreadable_hours_are_refused_naming_the_day() {
        assertRefused(Problem.INVERTED_HOURS, TUESDAY, () -> TimeRange.parseDay(TUESDAY, "17:00-09:00"));
        assertRefused(Problem.INVERTED_HOURS, TUESDAY, () -> TimeRange.parseDay(TUESDAY, "09:00-09:00"));
        assertRefused(Problem.OVERLAPPING_HOURS, WEDNESDAY,
                () -> TimeRange.parseDay(WEDNESDAY, "09:00-12:00, 11:00-13:00"));
        assertRefused(Problem.UNREADABLE_HOURS, FRIDAY, () -> TimeRange.parseDay(FRIDAY, "9am-5pm"));
        assertRefused(Problem.UNREADABLE_HOURS, FRIDAY, () -> TimeRange.parseDay(FRIDAY, "24:00-24:30"));
        assertRefused(Problem.UNREADABLE_HOURS, FRIDAY, () -> TimeRange.parseDay(FRIDAY, "09:60-10:00"));
        assertRefused(Problem.UNREADABLE_HOURS, THURSDAY, () -> WeeklyHours.parse(Map.of(MONDAY, "09:00-17:00",
                THURSDAY, "whenever")));
        assertRefused(Problem.OVERLAPPING_HOURS, SATURDAY, () -> new WeeklyHours(Map.of(SATURDAY,
                List.of(new TimeRange(600, 720), new TimeRange(700, 800)))));
    }

    private static void assertRefused(Problem problem, DayOfWeek day, Runnable action) {
        assertThatExceptionOfType(SiteException.class).isThrownBy(action::run).satisfies(e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.day()).isEqualTo(day);
        });
    }

    // ---- Open during a span (the kiosk fleet's alerts) --------------------------------------------------

    @Test
    void a_span_is_during_opening_hours_when_the_doors_open_at_any_moment_of_it() {
        Schedule s = new Schedule(TORONTO, WeeklyHours.every(NINE_TO_FIVE, WEEKDAYS), WeeklyHours.NONE,
                Set.of(LocalDate.parse("2026-12-25")));

        assertThat(s.openDuring(local(TORONTO, "2026-11-25T10:00"), local(TORONTO, "2026-11-25T10:05")))
                .as("open all along").isTrue();
        assertThat(s.openDuring(local(TORONTO, "2026-11-25T07:00"), local(TORONTO, "2026-11-25T09:00")))
                .as("silent until the doors open").isTrue();
        assertThat(s.openDuring(local(TORONTO, "2026-11-25T17:30"), local(TORONTO, "2026-11-26T08:59")))
                .as("silent from after closing to before opening").isFalse();
        assertThat(s.openDuring(local(TORONTO, "2026-11-25T15:00"), local(TORONTO, "2026-11-25T23:00")))
                .as("silent since the afternoon, night now").isTrue();
        assertThat(s.openDuring(local(TORONTO, "2026-11-27T18:00"), local(TORONTO, "2026-11-30T08:00")))
                .as("a weekend").isFalse();
        assertThat(s.openDuring(local(TORONTO, "2026-12-24T18:00"), local(TORONTO, "2026-12-26T08:00")))
                .as("a closed date").isFalse();
        assertThat(s.openDuring(local(TORONTO, "2026-11-25T10:00"), local(TORONTO, "2026-11-25T09:00")))
                .as("an empty span").isFalse();
    }
}
