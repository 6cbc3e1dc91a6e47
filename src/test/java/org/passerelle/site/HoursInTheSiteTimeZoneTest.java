package org.passerelle.site;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Open, staffed and next staffed read on the site's wall clock, whatever the server's clock or zone: the moment
 * comes from a fixed {@link Clock} in UTC, as the application's clock gives it. ScheduleTest covers the daylight-saving
 * changes of staffed hours in detail; these cover the day boundary in the site's zone, closed dates as local dates,
 * and opening hours (not only staffed ones) across the changes.
 */
class HoursInTheSiteTimeZoneTest {

    static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    static Instant at(String utc) {
        return Clock.fixed(Instant.parse(utc), ZoneOffset.UTC).instant();
    }

    @Test
    void at_monday_2330_in_vancouver_the_monday_evening_hours_apply_although_it_is_tuesday_in_utc() {
        WeeklyHours week = WeeklyHours.parse(Map.of(MONDAY, "18:00-24:00", TUESDAY, "09:00-17:00"));
        Schedule s = new Schedule(VANCOUVER, week, week, Set.of());
        Instant monday2330 = at("2026-11-24T07:30:00Z"); // Tuesday 07:30 UTC, Monday 23:30 PST

        assertThat(s.open(monday2330)).isTrue();
        assertThat(s.staffed(monday2330)).isTrue();
        assertThat(s.staffedUntil(monday2330)).contains(at("2026-11-24T08:00:00Z")); // midnight in Vancouver
        assertThat(s.nextStaffed(at("2026-11-24T08:00:00Z"))).hasValueSatisfying(t -> {
            assertThat(t.getZone()).isEqualTo(VANCOUVER);
            assertThat(t.toLocalDateTime()).isEqualTo("2026-11-24T09:00");
        });
    }

    @Test
    void a_closed_date_is_the_sites_local_date_not_the_utc_one() {
        WeeklyHours evenings = WeeklyHours.parse(Map.of(FRIDAY, "17:00-23:00"));
        Schedule s = new Schedule(VANCOUVER, evenings, evenings, Set.of(LocalDate.parse("2026-12-25")));

        // Friday 25 December 21:00 in Vancouver is already Saturday 26 December in UTC: closed all the same.
        assertThat(s.staffed(at("2026-12-26T05:00:00Z"))).isFalse();
        assertThat(s.open(at("2026-12-26T05:00:00Z"))).isFalse();
        // Friday 1 January 21:00 in Vancouver (2 January in UTC): open and staffed.
        assertThat(s.staffed(at("2027-01-02T05:00:00Z"))).isTrue();
        assertThat(s.nextStaffed(at("2026-12-25T20:00:00Z")))
                .hasValueSatisfying(t -> assertThat(t.toLocalDateTime()).isEqualTo("2027-01-01T17:00"));
    }

    @Test
    void opening_hours_skip_the_missing_hour_in_spring_and_count_the_repeated_hour_twice_in_autumn() {
        WeeklyHours open = WeeklyHours.parse(Map.of(SUNDAY, "01:00-02:00, 03:00-04:00"));
        Schedule s = new Schedule(TORONTO, open, WeeklyHours.NONE, Set.of());

        // 8 March 2026: 01:59 EST is 06:59Z, then the clock jumps from 02:00 to 03:00 EDT (07:00Z).
        assertThat(s.open(at("2026-03-08T06:59:00Z"))).isTrue();
        assertThat(s.open(at("2026-03-08T07:00:00Z"))).as("03:00 EDT, the second period").isTrue();
        assertThat(s.open(at("2026-03-08T08:00:00Z"))).as("04:00 EDT").isFalse();
        // 1 November 2026: 01:00-02:00 happens on EDT (05:00-06:00Z) and again on EST (06:00-07:00Z).
        assertThat(s.open(at("2026-11-01T05:30:00Z"))).isTrue();
        assertThat(s.open(at("2026-11-01T06:30:00Z"))).isTrue();
        assertThat(s.open(at("2026-11-01T07:30:00Z"))).as("02:30 EST").isFalse();
    }

    @Test
    void next_staffed_after_a_saturday_night_across_the_autumn_change_is_monday_morning_local_time() {
        WeeklyHours weekdays = WeeklyHours.every(ScheduleTest.NINE_TO_FIVE, ScheduleTest.WEEKDAYS);
        Schedule s = new Schedule(TORONTO, weekdays, weekdays, Set.of());

        // Saturday 31 October 23:00 EDT; the clocks go back on Sunday; Monday 09:00 EST is 14:00Z (not 13:00Z).
        assertThat(s.nextStaffed(at("2026-11-01T03:00:00Z")))
                .hasValueSatisfying(t -> assertThat(t.toInstant()).isEqualTo("2026-11-02T14:00:00Z"));
        // Saturday 7 March, the clocks go forward on Sunday; Monday 09:00 EDT is 13:00Z.
        assertThat(s.nextStaffed(at("2026-03-07T12:00:00Z")))
                .hasValueSatisfying(t -> assertThat(t.toInstant()).isEqualTo("2026-03-09T13:00:00Z"));
    }
}
