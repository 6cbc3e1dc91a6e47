package org.passerelle.site;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.passerelle.site.SiteException.Field;
import org.passerelle.site.SiteException.Problem;

/**
 * A date (in the site's time zone) on which the site is closed all day and nobody is staffed, with an optional
 * reason in each language ("Family Day" / « Jour de la famille »). Reasons are kept stripped, blank ones as none.
 *
 * @throws SiteException {@code CLOSURE_REASON_TOO_LONG} or {@code CONTROL_CHARACTERS} for a reason that cannot be kept
 */
public record Closure(LocalDate date, @Nullable String reasonEn, @Nullable String reasonFr) {

    public static final int REASON_MAX = 200;
    /** Closed dates a site may have: years of holidays, not a date per day for ever. */
    public static final int MAX = 1000;
    /** The longest closure one line may give as a range: a year. */
    public static final int RANGE_MAX_DAYS = 366;
    /** Longer than {@link #MAX} lines with reasons in full; a longer text is refused before it is read. */
    public static final int TEXT_MAX = 100_000;

    /** A date as written on a line, a possible range ({@code ..}, a dash, {@code to}, {@code au}), then the reasons. */
    private static final Pattern LINE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:\\s*(?:\\.\\.|-|–|—|\\bto\\b|\\bau\\b)\\s*(\\d{4}-\\d{2}-\\d{2}))?(?:\\s+(.*))?", Pattern.CASE_INSENSITIVE);

    public Closure {
        reasonEn = reason(reasonEn);
        reasonFr = reason(reasonFr);
    }

    private static @Nullable String reason(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Refuses reasons that cannot be kept: {@code CLOSURE_REASON_TOO_LONG} or {@code CONTROL_CHARACTERS}. */
    void check() {
        checkReason(reasonEn);
        checkReason(reasonFr);
    }

    private static void checkReason(@Nullable String reason) {
        if (reason == null) {
            return;
        }
        if (reason.length() > REASON_MAX) {
            throw SiteException.in(Field.CLOSURES, Problem.CLOSURE_REASON_TOO_LONG, Integer.toString(REASON_MAX));
        }
        if (PlainText.hasControlCharacters(reason, false)) {
            throw SiteException.in(Field.CLOSURES, Problem.CONTROL_CHARACTERS);
        }
    }

    /**
     * Reads closures as an administrator types them, one line per date or range of dates:
     * {@code 2026-12-25 Christmas Day | Noël}, {@code 2026-12-24 to 2027-01-02 Holidays | Fêtes} (the range may also
     * be written with {@code au}, {@code ..} or a dash; the reasons are optional, English before the bar; blank lines
     * are skipped). A range gives one closure per date.
     *
     * @throws SiteException naming the line ({@link SiteException#line()}): {@code CLOSURE_UNREADABLE},
     *                       {@code CLOSURE_NOT_A_DATE}, {@code CLOSURE_REVERSED}, {@code CLOSURE_RANGE_TOO_LONG},
     *                       {@code CLOSURE_REASON_TOO_LONG}, {@code CONTROL_CHARACTERS}, {@code CLOSURE_TWICE} or
     *                       {@code TOO_MANY_CLOSURES}
     */
    public static List<Closure> parseLines(String text) {
        if (text.length() > TEXT_MAX) {
            throw SiteException.in(Field.CLOSURES, Problem.TOO_MANY_CLOSURES, Integer.toString(MAX));
        }
        List<Closure> closures = new ArrayList<>();
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String l = lines[i].strip();
            if (l.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(l);
            if (!m.matches()) {
                throw SiteException.atLine(n, Problem.CLOSURE_UNREADABLE);
            }
            LocalDate from = date(n, m.group(1));
            LocalDate to = m.group(2) == null ? from : date(n, m.group(2));
            if (to.isBefore(from)) {
                throw SiteException.atLine(n, Problem.CLOSURE_REVERSED, from.toString(), to.toString());
            }
            if (ChronoUnit.DAYS.between(from, to) >= RANGE_MAX_DAYS) {
                throw SiteException.atLine(n, Problem.CLOSURE_RANGE_TOO_LONG, Integer.toString(RANGE_MAX_DAYS));
            }
            String reasons = Objects.requireNonNullElse(m.group(3), "");
            int bar = reasons.indexOf('|');
            String en = bar < 0 ? reasons : reasons.substring(0, bar);
            String fr = bar < 0 ? "" : reasons.substring(bar + 1);
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                Integer earlier = lineOf.putIfAbsent(day, n);
                if (earlier != null) {
                    throw SiteException.atLine(n, Problem.CLOSURE_TWICE, day.toString(), earlier.toString());
                }
                if (closures.size() == MAX) {
                    throw SiteException.atLine(n, Problem.TOO_MANY_CLOSURES, Integer.toString(MAX));
                }
                Closure closure = new Closure(day, en, fr);
                try {
                    closure.check();
                } catch (SiteException e) {
                    throw e.atLine(n);
                }
                closures.add(closure);
            }
        }
        return closures;
    }

    private static LocalDate date(int line, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw SiteException.atLine(line, Problem.CLOSURE_NOT_A_DATE, text);
        }
    }

    /**
     * Closures as {@link #parseLines} reads them back, by date; consecutive dates with the same reasons are written
     * as one range ({@code 2026-12-24 – 2026-12-26 Holidays | Fêtes}).
     */
    public static String formatLines(List<Closure> closures) {
        List<Closure> sorted = closures.stream().sorted(java.util.Comparator.comparing(Closure::date)).toList();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sorted.size()) {
            Closure first = sorted.get(i);
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).date().equals(sorted.get(j).date().plusDays(1))
                    && sorted.get(j + 1).sameReasons(first)) {
                j++;
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(first.date());
            if (j > i) {
                out.append(" – ").append(sorted.get(j).date());
            }
            String en = first.reasonEn == null ? "" : first.reasonEn;
            String fr = first.reasonFr == null ? "" : first.reasonFr;
            String reasons = (en + (fr.isEmpty() ? "" : " | " + fr)).strip();
            if (!reasons.isEmpty()) {
                out.append(' ').append(reasons);
            }
            i = j + 1;
        }
        return out.toString();
    }

    private boolean sameReasons(Closure other) {
        return Objects.equals(reasonEn, other.reasonEn) && Objects.equals(reasonFr, other.reasonFr);
    }
}
