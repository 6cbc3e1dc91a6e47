package org.passerelle.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.Channel;
import org.passerelle.insights.DailyCounts.Event;
import org.passerelle.insights.DailyCounts.Row;
import org.passerelle.insights.DashboardFigures.Waits;
import org.passerelle.insights.OpenFigures.Count;
import org.passerelle.insights.Suppression.Cell;
import org.passerelle.insights.Suppression.Sum;
import org.passerelle.knowledge.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymous daily figures anyone may download (the open data): per UTC day, language, site and channel, and per
 * guide, from the same counters as the dashboard. Never a question's text (the counters hold none), never a kiosk
 * (sites only), never an agent; every count from 1 to 4 withheld, with the counts that would give it away
 * ({@link Suppression}). Only past days: today's counts still change, and two downloads a minute apart would tell
 * what one person just did. No sign-in: everything here is public.
 */
@Service
@Transactional(readOnly = true)
public class OpenData {

    /** The longest range one download covers, in days. */
    public static final int MAX_DAYS = 366;

    /** How many days a download covers when it does not say: the full days before today. */
    public static final int DEFAULT_DAYS = 90;

    /** Why a date range is refused; each has a message {@code opendata.problem.<name in lower case>}. */
    public enum RangeProblem {
        /** The end is before the start. */
        END_BEFORE_START,
        /** Longer than {@link #MAX_DAYS}. */
        TOO_LONG,
        /** The end is today or later: only full days are published. */
        NOT_PAST
    }

    /** UTC days from {@code from} to {@code to}, both included. */
    public record Range(LocalDate from, LocalDate to) {
    }

    private final DailyCounts counts;
    private final Clock clock;

    OpenData(DailyCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    /** The {@link #DEFAULT_DAYS} full UTC days before today. */
    public Range defaultRange() {
        LocalDate yesterday = today().minusDays(1);
        return new Range(yesterday.minusDays(DEFAULT_DAYS - 1), yesterday);
    }

    /** What is wrong with the range, if anything. */
    public Optional<RangeProblem> check(Range range) {
        if (range.to().isBefore(range.from())) {
            return Optional.of(RangeProblem.END_BEFORE_START);
        }
        if (ChronoUnit.DAYS.between(range.from(), range.to()) + 1 > MAX_DAYS) {
            return Optional.of(RangeProblem.TOO_LONG);
        }
        if (!range.to().isBefore(today())) {
            return Optional.of(RangeProblem.NOT_PAST);
        }
        return Optional.empty();
    }

    /**
     * The figures of {@code range}: for each day, language, site and channel with anything counted, a row for all of
     * it, then one per guide with anything counted, guides in id order.
     *
     * @throws IllegalArgumentException when {@link #check} finds the range wrong
     */
    public List<OpenFigures> daily(Range range) {
        check(range).ifPresent(problem -> {
            throw new IllegalArgumentException("open data range " + range + ": " + problem);
        });
        Map<Key, List<Row>> groups = new TreeMap<>(Key.ORDER);
        for (Row row : counts.between(range.from(), range.to())) {
            groups.computeIfAbsent(new Key(row.day(), row.language(), row.siteId(), row.channel()),
                    k -> new ArrayList<>()).add(row);
        }
        List<OpenFigures> figures = new ArrayList<>();
        groups.forEach((key, rows) -> figures.addAll(group(key, rows)));
        return figures;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** One day, language, site and channel. */
    private record Key(LocalDate day, Language language, long siteId, Channel channel) {

        static final Comparator<Key> ORDER = Comparator.comparing(Key::day).thenComparing(Key::language)
                .thenComparingLong(Key::siteId).thenComparing(Key::channel);
    }

    /** The row for all of a group, then its guides' rows, withheld where the small-cell rule says. */
    private static List<OpenFigures> group(Key key, List<Row> rows) {
        Map<Count, Integer> all = new EnumMap<>(Count.class);
        for (Count count : Count.values()) {
            all.put(count, 0);
        }
        Map<String, Map<Count, Integer>> guides = new TreeMap<>();
        Map<String, List<Row>> guideWaits = new TreeMap<>();
        for (Row row : rows) {
            if (row.event() == Event.GUIDE_WAITED) {
                // the same wait as a WAITED row, which counts it for all: here only for its guide
                guides.computeIfAbsent(row.waitedOn(), g -> new EnumMap<>(Count.class))
                        .merge(Count.HELP_ANSWERED, row.count(), Integer::sum);
                guideWaits.computeIfAbsent(row.waitedOn(), g -> new ArrayList<>()).add(row);
                continue;
            }
            Optional<Count> count = count(row.event());
            if (count.isEmpty()) {
                continue;
            }
            all.merge(count.get(), row.count(), Integer::sum);
            if (count.get().forGuide() && !row.guideId().isEmpty()) {
                guides.computeIfAbsent(row.guideId(), g -> new EnumMap<>(Count.class))
                        .merge(count.get(), row.count(), Integer::sum);
            }
        }
        all.put(Count.QUESTIONS, all.get(Count.GUIDE_ANSWERS) + all.get(Count.CONFIRMATIONS)
                + all.get(Count.CLARIFICATIONS) + all.get(Count.NOT_UNDERSTOOD) + all.get(Count.SYSTEM_REPLIES));
        if (all.values().stream().allMatch(n -> n == 0)) {
            return List.of(); // only feedback that day, which the open data does not show
        }

        Map<Count, Cell> allCells = cells(all, EnumSet.allOf(Count.class));
        Map<String, Map<Count, Cell>> guideCells = new LinkedHashMap<>();
        Set<Count> forGuide = EnumSet.noneOf(Count.class);
        for (Count count : Count.values()) {
            if (count.forGuide()) {
                forGuide.add(count);
            }
        }
        guides.forEach((guide, n) -> guideCells.put(guide, cells(n, forGuide)));
        Suppression.apply(sums(allCells, guideCells));

        List<OpenFigures> figures = new ArrayList<>();
        figures.add(figures(key, null, allCells, DashboardService.waits(rows)));
        guideCells.forEach((guide, cells) -> figures.add(figures(key, guide, cells,
                DashboardService.waits(guideWaits.getOrDefault(guide, List.of()), Event.GUIDE_WAITED))));
        return figures;
    }

    /** What an event adds to, if the open data shows it. */
    private static Optional<Count> count(Event event) {
        return Optional.ofNullable(switch (event) {
            case GUIDE, LOW_MARGIN -> Count.GUIDE_ANSWERS;
            case CONFIRMATION -> Count.CONFIRMATIONS;
            case CLARIFICATION -> Count.CLARIFICATIONS;
            case NOT_UNDERSTOOD -> Count.NOT_UNDERSTOOD;
            case SYSTEM -> Count.SYSTEM_REPLIES;
            case HELP_REQUESTED -> Count.HELP_REQUESTS;
            case WAITED -> Count.HELP_ANSWERED;
            // A wait counted again for its guide: read apart, above.
            case GUIDE_WAITED -> null;
            // Empty or far too long questions, and the feedback on answers: not in the open data.
            case INVALID, CHOSEN, NONE_OF_THESE, HELPED_YES, HELPED_NO, WRONG_ANSWER, CONFIRMATION_NO -> null;
        });
    }

    private static Map<Count, Cell> cells(Map<Count, Integer> values, Set<Count> shown) {
        Map<Count, Cell> cells = new EnumMap<>(Count.class);
        for (Count count : shown) {
            cells.put(count, Cell.of(values.getOrDefault(count, 0)));
        }
        return cells;
    }

    /**
     * The sums a reader could subtract with: questions and their outcomes; help requests, those answered and (never
     * shown) those not, for all and per guide; a count of all and the same count per guide, with (never shown) the
     * help requests made, and answered, with no guide on screen.
     */
    private static List<Sum> sums(Map<Count, Cell> all, Map<String, Map<Count, Cell>> guides) {
        List<Sum> sums = new ArrayList<>();
        sums.add(new Sum(all.get(Count.QUESTIONS), List.of(all.get(Count.GUIDE_ANSWERS), all.get(Count.CONFIRMATIONS),
                all.get(Count.CLARIFICATIONS), all.get(Count.NOT_UNDERSTOOD), all.get(Count.SYSTEM_REPLIES))));
        Cell requests = all.get(Count.HELP_REQUESTS);
        Cell answered = all.get(Count.HELP_ANSWERED);
        sums.add(new Sum(requests, List.of(answered, Cell.remainder(Math.max(0, requests.value() - answered.value())))));
        for (Map<Count, Cell> guide : guides.values()) {
            Cell guideRequests = guide.get(Count.HELP_REQUESTS);
            Cell guideAnswered = guide.get(Count.HELP_ANSWERED);
            sums.add(new Sum(guideRequests, List.of(guideAnswered,
                    Cell.remainder(Math.max(0, guideRequests.value() - guideAnswered.value())))));
        }
        for (Count count : List.of(Count.GUIDE_ANSWERS, Count.CONFIRMATIONS, Count.HELP_REQUESTS,
                Count.HELP_ANSWERED)) {
            List<Cell> terms = new ArrayList<>();
            guides.values().forEach(cells -> terms.add(cells.get(count)));
            int rest = all.get(count).value() - terms.stream().mapToInt(Cell::value).sum();
            if (rest != 0) {
                terms.add(Cell.remainder(Math.max(0, rest)));
            }
            sums.add(new Sum(all.get(count), terms));
        }
        return sums;
    }

    private static OpenFigures figures(Key key, @Nullable String guide, Map<Count, Cell> cells, Waits waits) {
        Map<Count, Integer> published = new EnumMap<>(Count.class);
        Set<Count> withheld = EnumSet.noneOf(Count.class);
        cells.forEach((count, cell) -> {
            if (cell.withheld()) {
                withheld.add(count);
            } else {
                published.put(count, cell.value());
            }
        });
        Double containment = null;
        Long median = null;
        Long p90 = null;
        if (guide == null) {
            Integer questions = published.get(Count.QUESTIONS);
            Integer requests = published.get(Count.HELP_REQUESTS);
            if (questions != null && requests != null && questions > 0) {
                containment = Math.round(1000.0 * Math.max(0, questions - requests) / questions) / 1000.0;
            }
        }
        Integer answered = published.get(Count.HELP_ANSWERED);
        if (answered != null && answered >= Suppression.BELOW) {
            median = seconds(waits.median());
            p90 = seconds(waits.p90());
        }
        return new OpenFigures(key.day(), key.language(), key.siteId() == DailyCounts.Origin.UNKNOWN_SITE ? null
                : key.siteId(), key.channel(), guide, published, withheld, containment, median, p90);
    }

    private static @Nullable Long seconds(@Nullable Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }
}
