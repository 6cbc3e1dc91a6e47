package org.passerelle.site;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passerelle.site.SiteException.Problem;

/**
 * A date (in the site's time zone) on which the site is closed all day and nobody is staffed, with an optional
 * reason in each language ("Family Day" / « Jour de la famille »).
 */
public record Closure(LocalDate date, @Nullable String reasonEn, @Nullable String reasonFr) {

    public static final int REASON_MAX = 200;

    /**
     * Reads closures as an administrator types them, one per line: {@code 2026-12-25 Christmas Day | Noël} (the
     * reasons are optional; blank lines are skipped).
     *
     * @throws SiteException {@code INVALID_CLOSURE} for a line that does not start with a date
     */
    public static List<Closure> parseLines(String text) {
        List<Closure> closures = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            String[] dateAndReasons = l.split("\\s+", 2);
            LocalDate date;
            try {
                date = LocalDate.parse(dateAndReasons[0]);
            } catch (DateTimeParseException e) {
                throw new SiteException(Problem.INVALID_CLOSURE);
            }
            String reasons = dateAndReasons.length > 1 ? dateAndReasons[1] : "";
            int bar = reasons.indexOf('|');
            String en = (bar < 0 ? reasons : reasons.substring(0, bar)).strip();
            String fr = bar < 0 ? "" : reasons.substring(bar + 1).strip();
            closures.add(new Closure(date, en.isEmpty() ? null : en, fr.isEmpty() ? null : fr));
        }
        return closures;
    }

    /** Closures as {@link #parseLines} reads them back. */
    public static String formatLines(List<Closure> closures) {
        return closures.stream().map(Closure::line).collect(Collectors.joining("\n"));
    }

    private String line() {
        String en = reasonEn == null ? "" : reasonEn;
        String fr = reasonFr == null ? "" : reasonFr;
        return (date + " " + en + (fr.isEmpty() ? "" : " | " + fr)).strip();
    }
}
