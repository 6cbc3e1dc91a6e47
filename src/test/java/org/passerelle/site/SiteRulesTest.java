package org.passerelle.site;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.passerelle.site.SiteException.Field;
import org.passerelle.site.SiteException.Problem;

/** The rules of a site's form that need no database: staffed hours within opening hours, closure lines, plain text. */
class SiteRulesTest {

    static WeeklyHours hours(String monday, String tuesday) {
        return WeeklyHours.parse(Map.of(MONDAY, monday, TUESDAY, tuesday));
    }

    static SiteException refused(ThrowingCallable action) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(SiteException.class, action);
    }

    // ---- Staffed hours within opening hours ------------------------------------------------------

    @Test
    void staffed_hours_before_opening_are_refused_naming_the_day_the_staffed_period_and_the_opening_hours() {
        WeeklyHours opening = hours("09:00-17:00", "09:00-17:00");
        WeeklyHours staffed = hours("09:00-17:00", "08:00-10:00");

        SiteException e = refused(() -> staffed.requireWithin(opening));

        assertThat(e.problem()).isEqualTo(Problem.STAFFED_OUTSIDE_OPENING);
        assertThat(e.day()).isEqualTo(TUESDAY);
        assertThat(e.details()).containsExactly("08:00–10:00", "09:00–17:00");
    }

    @Test
    void staffed_hours_on_a_day_without_opening_hours_are_refused() {
        WeeklyHours opening = WeeklyHours.parse(Map.of(MONDAY, "09:00-17:00"));
        WeeklyHours staffed = WeeklyHours.parse(Map.of(SATURDAY, "10:00-12:00"));

        SiteException e = refused(() -> staffed.requireWithin(opening));

        assertThat(e.problem()).isEqualTo(Problem.STAFFED_WHEN_CLOSED);
        assertThat(e.day()).isEqualTo(SATURDAY);
        assertThat(e.details()).containsExactly("10:00–12:00");
    }

    @Test
    void staffed_hours_across_touching_opening_periods_are_accepted_but_not_across_a_lunch_closure() {
        hours("09:00-17:00", "").requireWithin(hours("09:00-12:00, 12:00-17:00", ""));
        hours("09:00-11:00, 13:00-17:00", "").requireWithin(hours("09:00-12:00, 13:00-17:00", ""));
        WeeklyHours.NONE.requireWithin(WeeklyHours.NONE);

        SiteException e = refused(() -> hours("11:00-14:00", "").requireWithin(hours("09:00-12:00, 13:00-17:00", "")));
        assertThat(e.problem()).isEqualTo(Problem.STAFFED_OUTSIDE_OPENING);
        assertThat(e.details()).containsExactly("11:00–14:00", "09:00–12:00, 13:00–17:00");
        assertThat(refused(() -> hours("16:00-24:00", "").requireWithin(hours("09:00-17:00", ""))).details())
                .containsExactly("16:00–24:00", "09:00–17:00");
    }

    // ---- Closure lines ---------------------------------------------------------------------------

    @Test
    void closures_are_read_one_date_or_range_per_line_with_optional_reasons_in_each_language() {
        List<Closure> closures = Closure.parseLines("""
                2026-12-25 Christmas Day | Noël

                2026-12-31 to 2027-01-01 New Year | Jour de l’An
                2027-02-15
                2027-03-01 au 2027-03-02 | Congé
                2027-04-01..2027-04-01 Inventory
                """);

        assertThat(closures).containsExactly(
                new Closure(LocalDate.parse("2026-12-25"), "Christmas Day", "Noël"),
                new Closure(LocalDate.parse("2026-12-31"), "New Year", "Jour de l’An"),
                new Closure(LocalDate.parse("2027-01-01"), "New Year", "Jour de l’An"),
                new Closure(LocalDate.parse("2027-02-15"), null, null),
                new Closure(LocalDate.parse("2027-03-01"), null, "Congé"),
                new Closure(LocalDate.parse("2027-03-02"), null, "Congé"),
                new Closure(LocalDate.parse("2027-04-01"), "Inventory", null));
        assertThat(Closure.parseLines(Closure.formatLines(closures))).as("written back as read").isEqualTo(closures);
        assertThat(Closure.formatLines(closures)).contains("2026-12-31 – 2027-01-01 New Year | Jour de l’An");
    }

    @Test
    void a_malformed_closure_line_is_refused_with_its_line_number() {
        assertLine(2, Problem.CLOSURE_NOT_A_DATE, "2026-12-25 Christmas\n2026-02-30 Oops", "2026-02-30");
        assertLine(3, Problem.CLOSURE_UNREADABLE, "2026-12-25\n\n25/12/2026 Christmas");
        assertLine(1, Problem.CLOSURE_UNREADABLE, "Christmas 2026-12-25");
        assertLine(1, Problem.CLOSURE_UNREADABLE, "2026-12-25Christmas");
        assertLine(2, Problem.CLOSURE_REVERSED, "2026-12-25\n2027-01-02 to 2026-12-30 Holidays", "2027-01-02",
                "2026-12-30");
        assertLine(1, Problem.CLOSURE_RANGE_TOO_LONG, "2026-01-01 to 2027-01-02", "366");
        assertLine(3, Problem.CLOSURE_TWICE, "2026-12-24\n2026-12-28\n2026-12-26 to 2026-12-29", "2026-12-28", "2");
        assertLine(1, Problem.CLOSURE_REASON_TOO_LONG, "2026-12-25 " + "x".repeat(201), "200");
        assertLine(2, Problem.CONTROL_CHARACTERS, "2026-12-24\n2026-12-25 Christmas\u0007 | Noël");
    }

    @Test
    void more_closed_dates_than_the_limit_or_a_huge_text_are_refused() {
        StringBuilder years = new StringBuilder();
        for (int year = 2026; year < 2030; year++) {
            years.append(year).append("-01-01 to ").append(year).append("-12-31\n");
        }
        SiteException e = refused(() -> Closure.parseLines(years.toString()));
        assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_CLOSURES);
        assertThat(e.line()).isEqualTo(3);

        SiteException huge = refused(() -> Closure.parseLines("2026-12-25 ".repeat(20_000)));
        assertThat(huge.problem()).isEqualTo(Problem.TOO_MANY_CLOSURES);
        assertThat(huge.field()).isEqualTo(Field.CLOSURES);
    }

    private static void assertLine(int line, Problem problem, String text, String... details) {
        SiteException e = refused(() -> Closure.parseLines(text));
        assertThat(e).as(text).isNotNull();
        assertThat(e.problem()).as(text).isEqualTo(problem);
        assertThat(e.line()).as(text).isEqualTo(line);
        assertThat(e.details()).as(text).containsExactly(details);
    }

    // ---- Plain text ------------------------------------------------------------------------------

    @Test
    void markup_is_plain_text_but_control_characters_and_direction_overrides_are_not() {
        assertThat(PlainText.hasControlCharacters("<script>alert('x')</script> & <b>Call</b>", false)).isFalse();
        assertThat(PlainText.hasControlCharacters("Call 311\nor ask at the counter\tinside", true)).isFalse();
        assertThat(PlainText.hasControlCharacters("Branch\u0000", false)).isTrue();
        assertThat(PlainText.hasControlCharacters("Branch\u001b[31m", true)).isTrue();
        assertThat(PlainText.hasControlCharacters("Two\nlines", false)).isTrue();
        assertThat(PlainText.hasControlCharacters("Tab\there", false)).isTrue();
        assertThat(PlainText.hasControlCharacters("abc\u202Efed", true)).isTrue();
        assertThat(PlainText.hasControlCharacters("Main\u0085", true)).isTrue();
        assertThat(PlainText.hasControlCharacters("Bibliothèque « Centre » — 1ᵉʳ étage", false)).isFalse();
    }
}
