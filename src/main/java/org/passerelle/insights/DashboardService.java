package org.passerelle.insights;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.Channel;
import org.passerelle.insights.DailyCounts.Event;
import org.passerelle.insights.DailyCounts.Row;
import org.passerelle.insights.DashboardFigures.Day;
import org.passerelle.insights.DashboardFigures.GuideFigures;
import org.passerelle.insights.DashboardFigures.Totals;
import org.passerelle.insights.DashboardFigures.Waits;
import org.passerelle.insights.InsightsException.Problem;
import org.passerelle.knowledge.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures: questions per day, containment, not-understood rate, handoff rate and waits, "Did this
 * help?", per language and per guide, over a date range. See {@link DashboardFigures} for each definition. Computed
 * on request from the daily counters, help requests and their waits included ({@link DailyCounts}, kept from
 * {@code handoff}'s events); a year of counters is a few thousand rows.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final DailyCounts counts;
    private final InsightsSettings settings;
    private final InsightsAccess access;

    DashboardService(DailyCounts counts, InsightsSettings settings, InsightsAccess access) {
        this.access = access;
        this.counts = counts;
        this.settings = settings;
    }

    /**
     * The figures from {@code from} to {@code to}, both included (UTC days).
     *
     * @param language one language, or {@code null} for both
     * @throws InsightsException {@code BAD_RANGE} when {@code to} is before {@code from} or the range is longer than
     *                           {@link InsightsSettings#maxDays()}
     */
    public DashboardFigures figures(LocalDate from, LocalDate to, @Nullable Language language) {
        return figures(from, to, language, null, null);
    }

    /**
     * The figures from {@code from} to {@code to} at one site or all, on one channel or all.
     *
     * @param siteId  one site ({@code 0}: the counts of no known site), or {@code null} for all
     * @param channel one channel, or {@code null} for all
     * @throws InsightsException as {@link #figures(LocalDate, LocalDate, Language)}
     */
    public DashboardFigures figures(LocalDate from, LocalDate to, @Nullable Language language, @Nullable Long siteId,
            @Nullable Channel channel) {
        access.require();
        long length = ChronoUnit.DAYS.between(from, to) + 1;
        if (length < 1 || length > settings.maxDays()) {
            throw new InsightsException(Problem.BAD_RANGE);
        }
        List<Row> rows = counts.between(from, to).stream().filter(r -> in(language, r.language()))
                .filter(r -> (siteId == null || r.siteId() == siteId) && (channel == null || r.channel() == channel))
                .toList();

        Map<Language, Totals> byLanguage = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            if (in(language, l)) {
                byLanguage.put(l, totals(rows, l));
            }
        }
        Totals totals = byLanguage.values().stream().reduce(Totals.NONE, Totals::plus);
        return new DashboardFigures(from, to, language, totals, byLanguage, days(from, to, rows),
                guides(rows), waits(rows));
    }

    private static Totals totals(List<Row> rows, Language language) {
        Map<Event, Integer> n = new EnumMap<>(Event.class);
        for (Row row : rows) {
            if (row.language() == language) {
                n.merge(row.event(), row.count(), Integer::sum);
            }
        }
        int help = n.getOrDefault(Event.HELP_REQUESTED, 0);
        int guide = n.getOrDefault(Event.GUIDE, 0);
        int clarify = n.getOrDefault(Event.CLARIFICATION, 0);
        int notUnderstood = n.getOrDefault(Event.NOT_UNDERSTOOD, 0);
        int system = n.getOrDefault(Event.SYSTEM, 0);
        int confirm = n.getOrDefault(Event.CONFIRMATION, 0);
        int lowMargin = n.getOrDefault(Event.LOW_MARGIN, 0);
        int notWhatIAsked = n.getOrDefault(Event.WRONG_ANSWER, 0);
        // "Not what I asked" comes after the guide answer it is about: that answer was no success after all.
        int right = Math.max(0, guide - notWhatIAsked);
        return new Totals(guide + clarify + notUnderstood + system + confirm + lowMargin, right, clarify, notUnderstood,
                system, n.getOrDefault(Event.CHOSEN, 0), n.getOrDefault(Event.NONE_OF_THESE, 0), help,
                n.getOrDefault(Event.HELPED_YES, 0), n.getOrDefault(Event.HELPED_NO, 0), confirm,
                lowMargin + notWhatIAsked + n.getOrDefault(Event.CONFIRMATION_NO, 0));
    }

    private static List<Day> days(LocalDate from, LocalDate to, List<Row> rows) {
        Map<LocalDate, int[]> byDay = new HashMap<>(); // questions, not understood, help requests
        for (Row row : rows) {
            int[] day = byDay.computeIfAbsent(row.day(), d -> new int[3]);
            if (isQuestion(row.event())) {
                day[0] += row.count();
            }
            if (row.event() == Event.NOT_UNDERSTOOD) {
                day[1] += row.count();
            }
            if (row.event() == Event.HELP_REQUESTED) {
                day[2] += row.count();
            }
        }
        List<Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            int[] n = byDay.getOrDefault(day, new int[3]);
            days.add(new Day(day, n[0], n[1], n[2]));
        }
        return days;
    }

    private static List<GuideFigures> guides(List<Row> rows) {
        Map<String, int[]> byGuide = new HashMap<>(); // shown, yes, no, help requests
        for (Row row : rows) {
            if (row.guideId().isEmpty() || row.isWait()) {
                continue;
            }
            int[] guide = byGuide.computeIfAbsent(row.guideId(), g -> new int[4]);
            switch (row.event()) {
                case GUIDE, CHOSEN, LOW_MARGIN -> guide[0] += row.count();
                case HELPED_YES -> guide[1] += row.count();
                case HELPED_NO -> guide[2] += row.count();
                case HELP_REQUESTED -> guide[3] += row.count();
                default -> { }
            }
        }
        return byGuide.entrySet().stream()
                .map(e -> new GuideFigures(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .sorted(Comparator.comparingInt(GuideFigures::shown).reversed().thenComparing(GuideFigures::guideId))
                .toList();
    }

    /** The waits of the {@link Event#WAITED} counters among {@code rows} (the open data's too). */
    static Waits waits(List<Row> rows) {
        return waits(rows, Event.WAITED);
    }

    /**
     * The waits of the {@code kind} counters among {@code rows}: {@link Event#WAITED} for all,
     * {@link Event#GUIDE_WAITED} for the guides' (the open data's guide rows, one guide's rows at a time).
     */
    static Waits waits(List<Row> rows, Event kind) {
        List<Long> seconds = new ArrayList<>();
        for (Row row : rows) {
            if (row.event() == kind) {
                for (int i = 0; i < row.count(); i++) {
                    seconds.add(row.waitSeconds());
                }
            }
        }
        seconds.sort(null);
        return new Waits(seconds.size(), percentile(seconds, 0.5), percentile(seconds, 0.9));
    }

    /** Nearest rank: the smallest value with at least {@code p} of the values at or below it. */
    private static @Nullable Duration percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return Duration.ofSeconds(sorted.get(Math.max(0, rank - 1)));
    }

    private static boolean isQuestion(Event event) {
        return switch (event) {
            case GUIDE, CLARIFICATION, NOT_UNDERSTOOD, SYSTEM, CONFIRMATION, LOW_MARGIN -> true;
            default -> false;
        };
    }

    private static boolean in(@Nullable Language chosen, Language language) {
        return chosen == null || chosen == language;
    }
}
