package org.passerelle.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth. A citizen's message is full of dates — appointments, deadlines, the day a letter came —
 * and only birth dates identify a person, so a full date (day, month and year) is redacted when either
 * <ul>
 * <li>a birth cue ({@code born}, {@code DOB}, {@code date of birth}, {@code birthday}, {@code né le},
 *     {@code née}, {@code date de naissance}, {@code anniversaire} …) comes shortly before it in the same
 *     sentence, whatever the date; or</li>
 * <li>its year makes it a plausible birth date of a kiosk user: after 1900 and more than
 *     {@value #MIN_AGE_YEARS} years before today (the clock's). Nobody books an appointment decades back;
 *     the price is that an old date of another kind (a divorce, a first job) is redacted too.</li>
 * </ul>
 * A date near today without a cue stays, and so does a bare year ("since 2019") or a day and month without
 * a year. Numeric forms: {@code 1956-03-14}, {@code 14/03/1956}, {@code 03/14/1956} (day and month are
 * ambiguous: the date counts if either reading is a real date that qualifies), with {@code -}, {@code /} or
 * {@code .}; written forms in English and French: {@code March 14, 1956}, {@code 14th of March 1956},
 * {@code 14 mars 1956}, {@code 1er mai 1960}. Two-digit years are not read: {@code 14/03/56} is as likely a
 * reference as a date.
 */
final class BirthDates {

    /** Who uses the kiosk alone is at least this old; a younger birth date needs a cue. */
    static final int MIN_AGE_YEARS = 12;
    /** A date in 1900 or before needs a cue. */
    static final int FIRST_YEAR = 1901;
    /** How many characters before a date a cue may start: "date of birth:" or "I was born in Laval on". */
    private static final int CUE_WINDOW = 40;

    private static final Map<String, Integer> MONTHS = months();
    private static final String ORDINAL = "(?:st|nd|rd|th|er|re|e)?";
    private static final String YEAR = ",? {1,2}(?<year>\\d{4})" + Shapes.NOT_BEFORE_WORD;
    private static final String NOT_AFTER_DATE = "(?=\\d)" + Shapes.NOT_AFTER_WORD + "(?<!\\d[-/.])";
    private static final String NOT_BEFORE_DATE = Shapes.NOT_BEFORE_WORD + "(?![-/.]\\d)";

    /** How the day and month of a date shape are written; the year is always group {@code year}. */
    private enum Order { YEAR_MONTH_DAY, DAY_MONTH_OR_MONTH_DAY, MONTH_NAME_DAY, DAY_MONTH_NAME }

    private record Shape(Pattern pattern, Order order) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile(NOT_AFTER_DATE + "(?<year>\\d{4})([-/.])(?<a>\\d{1,2})\\2(?<b>\\d{1,2})"
                    + NOT_BEFORE_DATE), Order.YEAR_MONTH_DAY),
            new Shape(Pattern.compile(NOT_AFTER_DATE + "(?<a>\\d{1,2})([-/.])(?<b>\\d{1,2})\\2(?<year>\\d{4})"
                    + NOT_BEFORE_DATE), Order.DAY_MONTH_OR_MONTH_DAY),
            new Shape(Pattern.compile("(?=[JFMASONDjfmasond])" + Shapes.NOT_AFTER_WORD + monthName("a") + " {1,2}(?<b>\\d{1,2})"
                    + ORDINAL + YEAR, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), Order.MONTH_NAME_DAY),
            new Shape(Pattern.compile("(?=\\d)" + Shapes.NOT_AFTER_WORD + "(?<a>\\d{1,2})" + ORDINAL + " {1,2}(?:of {1,2})?"
                    + monthName("b") + YEAR, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    Order.DAY_MONTH_NAME));

    private static final Pattern CUE = Pattern.compile(Shapes.NOT_AFTER_WORD
            + "(?:born|birth|birthday|birthdate|dob|d\\.o\\.b|date of birth|né|née|nés|nées|nee|naissance|anniversaire)"
            + "(?![\\p{L}\\p{M}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A cue in the previous sentence does not count: "I was born in Gatineau. My appointment is …". */
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!;] +(?=\\p{Lu})");

    private final Clock clock;

    BirthDates(Clock clock) {
        this.clock = clock;
    }

    void find(String text, List<Finding> into) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> readings = new ArrayList<>(2);
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(text);
            while (m.find()) {
                readings.clear();
                read(m, shape.order(), readings);
                if (!readings.isEmpty()
                        && (cued(text, m.start()) || readings.stream().anyMatch(d -> plausible(d, today)))) {
                    into.add(new Finding(Kind.DATE_OF_BIRTH, m.start(), m.end()));
                }
            }
        }
    }

    /** The real dates a match can be read as: none, one, or two when day and month are ambiguous. */
    private static void read(Matcher m, Order order, List<LocalDate> readings) {
        int year = Integer.parseInt(m.group("year"));
        switch (order) {
            case YEAR_MONTH_DAY -> addIfReal(readings, year, number(m, "a"), number(m, "b"));
            case DAY_MONTH_OR_MONTH_DAY -> {
                addIfReal(readings, year, number(m, "b"), number(m, "a"));
                addIfReal(readings, year, number(m, "a"), number(m, "b"));
            }
            case MONTH_NAME_DAY -> addIfReal(readings, year, month(m, "a"), number(m, "b"));
            case DAY_MONTH_NAME -> addIfReal(readings, year, month(m, "b"), number(m, "a"));
        }
    }

    static boolean plausible(LocalDate date, LocalDate today) {
        return date.getYear() >= FIRST_YEAR && date.isBefore(today.minusYears(MIN_AGE_YEARS));
    }

    private static boolean cued(String text, int dateStart) {
        int from = Math.max(0, dateStart - CUE_WINDOW);
        Matcher end = SENTENCE_END.matcher(text).region(from, dateStart);
        while (end.find()) {
            from = end.end();
        }
        return CUE.matcher(text).region(from, dateStart).find();
    }

    private static void addIfReal(List<LocalDate> readings, int year, int month, int day) {
        if (month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()) {
            LocalDate date = LocalDate.of(year, month, day);
            if (!readings.contains(date)) {
                readings.add(date);
            }
        }
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(Matcher m, String group) {
        return MONTHS.getOrDefault(m.group(group).toLowerCase(Locale.ROOT), 0);
    }

    /**
     * A word that may be a month name, checked against {@link #MONTHS} after the match: an alternation of the
     * 45 names tried at every letter would cost more than all the other patterns together. (Every month, in
     * English and in French, starts with one of J, F, M, A, S, O, N, D.)
     */
    private static String monthName(String group) {
        return "(?<" + group + ">\\p{L}{3,9}+)(?![\\p{M}])\\.?";
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "jan", "janvier", "janv"},
            {"february", "feb", "février", "fevrier", "févr", "fevr"},
            {"march", "mar", "mars"},
            {"april", "apr", "avril", "avr"},
            {"may", "mai"},
            {"june", "jun", "juin"},
            {"july", "jul", "juillet", "juil"},
            {"august", "aug", "août", "aout"},
            {"september", "sept", "sep", "septembre"},
            {"october", "oct", "octobre"},
            {"november", "nov", "novembre"},
            {"december", "dec", "décembre", "decembre", "déc"},
        };
        Map<String, Integer> months = new HashMap<>();
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m]) {
                months.put(name, m + 1);
            }
        }
        return months;
    }
}
