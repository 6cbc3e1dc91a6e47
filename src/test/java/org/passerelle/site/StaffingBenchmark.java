package org.passerelle.site;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * What one answer of the staffing engine costs, warm, on one thread: the routing engine asks {@code staffed} and
 * {@code nextStaffed} on every availability check. A site in Toronto, staffed weekdays 09:00-12:00 and 13:00-17:00
 * with four closed dates, asked at random instants over 2026 (so across both daylight-saving changes).
 *
 * <pre>./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.passerelle.site.StaffingBenchmark</pre>
 */
public final class StaffingBenchmark {

    private static final int INSTANTS = 100_000;
    private static final double WARM_UP_SECONDS = 2;
    private static final double MEASURE_SECONDS = 3;

    private StaffingBenchmark() {
    }

    public static void main(String[] args) {
        WeeklyHours week = WeeklyHours.parse(Map.of(DayOfWeek.MONDAY, "09:00-12:00, 13:00-17:00",
                DayOfWeek.TUESDAY, "09:00-12:00, 13:00-17:00", DayOfWeek.WEDNESDAY, "09:00-12:00, 13:00-17:00",
                DayOfWeek.THURSDAY, "09:00-12:00, 13:00-17:00", DayOfWeek.FRIDAY, "09:00-12:00, 13:00-17:00"));
        Schedule schedule = new Schedule(ZoneId.of("America/Toronto"), week, week, Set.of(LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-09-07"), LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28")));
        Random random = new Random(42);
        long start = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        Instant[] instants = new Instant[INSTANTS];
        for (int i = 0; i < INSTANTS; i++) {
            instants[i] = Instant.ofEpochSecond(start + random.nextLong(365L * 24 * 3600));
        }
        List.<Map.Entry<String, ToLongFunction<Instant>>>of(
                Map.entry("staffed", at -> schedule.staffed(at) ? 1 : 0),
                Map.entry("staffedUntil", at -> schedule.staffedUntil(at).map(Instant::getEpochSecond).orElse(0L)),
                Map.entry("nextStaffed", at -> schedule.nextStaffed(at).map(t -> t.toEpochSecond()).orElse(0L)))
                .forEach(e -> run(e.getKey(), e.getValue(), instants));
    }

    private static void run(String name, ToLongFunction<Instant> call, Instant[] instants) {
        measure(call, instants, WARM_UP_SECONDS);
        double[] result = measure(call, instants, MEASURE_SECONDS);
        System.out.printf(Locale.ROOT, "%-13s %,10.0f calls/s  %,8.2f µs/call%n", name, result[0], 1e6 / result[0]);
    }

    /** Calls per second over {@code seconds}. */
    private static double[] measure(ToLongFunction<Instant> call, Instant[] instants, double seconds) {
        long sink = 0;
        long calls = 0;
        long begin = System.nanoTime();
        long end = begin + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            for (int i = 0; i < 1000; i++) {
                sink += call.applyAsLong(instants[(int) (calls++ % instants.length)]);
            }
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        if (sink == 42) {
            System.out.print("");
        }
        return new double[] {calls / elapsed};
    }
}
