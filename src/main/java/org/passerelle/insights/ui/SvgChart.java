package org.passerelle.insights.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws small charts as inline SVG on the server: a horizontal bar chart (long labels such as guide titles read
 * well on the left) and a line chart (values per day). No script, no external file, no client-side library: the
 * page gets finished markup.
 *
 * <p>Accessible: the {@code <svg>} is an image named by its {@code <title>} and described by its {@code <desc>}
 * (a sentence with the figures that matter), and each view puts the same data in a table beside it. Series are
 * told apart by dash pattern and marker shape as well as colour; every colour has at least 7:1 contrast on white,
 * grid lines 4.8:1 (WCAG 1.4.11 asks 3:1 for graphics). Every text that comes in — titles, labels, series names —
 * is escaped here.
 */
final class SvgChart {

    /** A named series of values, one per category. */
    record Series(String name, List<Double> values) {

        Series {
            values = List.copyOf(values);
        }
    }

    /**
     * What to draw.
     *
     * @param id          unique in the page: the ids of the title and description derive from it
     * @param description what a screen reader says after the title: the figures that matter, in words
     * @param categories  the bars' labels, or the points' labels along the x axis
     * @param format      how a value is written (a count, a percentage) in the viewer's language
     * @param counts      the values are counts: the scale steps by whole numbers
     */
    record Data(String id, String title, String description, List<String> categories, List<Series> series,
            DoubleFunction<String> format, boolean counts) {

        Data {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                throw new IllegalArgumentException("a chart id is a letter followed by letters, digits, - or _");
            }
            for (Series s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException("one value per category in every series");
                }
            }
        }
    }

    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x1F\\uFFFE\\uFFFF]");

    static final String INK = "#1b1b1b";
    static final String GRID = "#6b7280";
    /** Series colours: dark blue, dark red, dark green; each with its own dash pattern and marker. */
    static final List<String> COLOURS = List.of("#0b4f8a", "#8a1c00", "#1e5e2f");
    private static final List<String> DASHES = List.of("", "8 4", "2 3");

    private static final int WIDTH = 640;
    private static final int BAR_ROW = 28;
    private static final int BAR_LABEL = 230;
    private static final int BAR_LABEL_CHARS = 32;
    private static final int LINE_HEIGHT = 260;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 40;
    private static final int BOTTOM = 48;
    private static final int MAX_X_LABELS = 8;
    private static final int MAX_MARKERS = 45;

    private SvgChart() {
    }

    /** Horizontal bars of the first series, one row per category, the value written at the end of each bar. */
    static String bar(Data data) {
        List<Double> values = data.series().isEmpty() ? List.of() : data.series().getFirst().values();
        int height = TOP / 2 + Math.max(1, values.size()) * BAR_ROW + 8;
        double max = scale(values.stream().mapToDouble(Double::doubleValue).max().orElse(0), data.counts()).top();
        double room = WIDTH - BAR_LABEL - 72;
        StringBuilder svg = open(data, height);
        for (int i = 0; i < values.size(); i++) {
            double y = TOP / 2.0 + i * BAR_ROW;
            double length = values.get(i) / max * room;
            String label = data.categories().get(i);
            svg.append("<text x=\"").append(num(BAR_LABEL - 8)).append("\" y=\"").append(num(y + BAR_ROW * 0.65))
                    .append("\" text-anchor=\"end\">").append(escape(shorten(label))).append("</text>");
            svg.append("<rect class=\"bar\" x=\"").append(BAR_LABEL).append("\" y=\"").append(num(y + 4))
                    .append("\" width=\"").append(num(length)).append("\" height=\"").append(BAR_ROW - 8)
                    .append("\" fill=\"").append(COLOURS.getFirst()).append("\"><title>").append(escape(label))
                    .append(": ").append(escape(data.format().apply(values.get(i)))).append("</title></rect>");
            svg.append("<text x=\"").append(num(BAR_LABEL + length + 6)).append("\" y=\"")
                    .append(num(y + BAR_ROW * 0.65)).append("\">").append(escape(data.format().apply(values.get(i))))
                    .append("</text>");
        }
        svg.append("<line x1=\"").append(BAR_LABEL).append("\" y1=\"").append(TOP / 2).append("\" x2=\"")
                .append(BAR_LABEL).append("\" y2=\"").append(height - 8).append("\" stroke=\"").append(GRID)
                .append("\"/>");
        return svg.append("</svg>").toString();
    }

    /** Each series as a line over the categories, with grid lines, a y scale, spaced x labels and a legend. */
    static String line(Data data) {
        int n = data.categories().size();
        Scale scale = scale(data.series().stream().flatMap(s -> s.values().stream())
                .mapToDouble(Double::doubleValue).max().orElse(0), data.counts());
        double max = scale.top();
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = LINE_HEIGHT - TOP - BOTTOM;
        StringBuilder svg = open(data, LINE_HEIGHT);
        int ticks = (int) Math.round(max / scale.step());
        for (int tick = 0; tick <= ticks; tick++) {
            double value = scale.step() * tick;
            double y = TOP + plotHeight - plotHeight * tick / ticks;
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(num(y)).append("\" x2=\"")
                    .append(WIDTH - RIGHT).append("\" y2=\"").append(num(y)).append("\" stroke=\"").append(GRID)
                    .append("\" stroke-width=\"").append(tick == 0 ? "1.5" : "0.5").append("\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\">").append(escape(data.format().apply(value))).append("</text>");
        }
        int every = Math.max(1, (int) Math.ceil(n / (double) MAX_X_LABELS));
        for (int i = 0; i < n; i += every) {
            svg.append("<text x=\"").append(num(x(i, n, plotWidth))).append("\" y=\"").append(LINE_HEIGHT - BOTTOM + 20)
                    .append("\" text-anchor=\"middle\">").append(escape(data.categories().get(i))).append("</text>");
        }
        for (int s = 0; s < data.series().size(); s++) {
            Series series = data.series().get(s);
            String colour = COLOURS.get(s % COLOURS.size());
            String dash = DASHES.get(s % DASHES.size());
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double y = TOP + plotHeight - series.values().get(i) / max * plotHeight;
                points.append(i == 0 ? "" : " ").append(num(x(i, n, plotWidth))).append(',').append(num(y));
            }
            svg.append("<polyline class=\"series\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2.5\"").append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
                    .append(" points=\"").append(points).append("\"/>");
            if (n <= MAX_MARKERS) {
                for (int i = 0; i < n; i++) {
                    double y = TOP + plotHeight - series.values().get(i) / max * plotHeight;
                    svg.append(marker(s, x(i, n, plotWidth), y, colour));
                }
            }
            double legendX = LEFT + s * 190;
            svg.append("<line x1=\"").append(num(legendX)).append("\" y1=\"14\" x2=\"").append(num(legendX + 28))
                    .append("\" y2=\"14\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"")
                    .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>")
                    .append(marker(s, legendX + 14, 14, colour))
                    .append("<text x=\"").append(num(legendX + 34)).append("\" y=\"19\">").append(escape(series.name()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(Data data, int height) {
        StringBuilder svg = new StringBuilder(4_096);
        String id = data.id();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\"")
                .append(" font-family=\"sans-serif\" font-size=\"13\" fill=\"").append(INK).append("\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(data.title())).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(data.description())).append("</desc>")
                .append("<rect width=\"").append(WIDTH).append("\" height=\"").append(height).append("\" fill=\"#fff\"/>");
        return svg;
    }

    /** A circle, a square or a triangle, so that series differ in shape too. */
    private static String marker(int series, double x, double y, String colour) {
        return switch (series % 3) {
            case 0 -> "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"3.5\" fill=\"" + colour + "\"/>";
            case 1 -> "<rect x=\"" + num(x - 3.5) + "\" y=\"" + num(y - 3.5) + "\" width=\"7\" height=\"7\" fill=\""
                    + colour + "\"/>";
            default -> "<path d=\"M" + num(x) + " " + num(y - 4.5) + "L" + num(x + 4.5) + " " + num(y + 3.5) + "L"
                    + num(x - 4.5) + " " + num(y + 3.5) + "Z\" fill=\"" + colour + "\"/>";
        };
    }

    private static double x(int i, int n, double plotWidth) {
        return n <= 1 ? LEFT + plotWidth / 2 : LEFT + plotWidth * i / (n - 1);
    }

    /** The top of a scale and the step between its grid lines. */
    record Scale(double top, double step) {
    }

    /**
     * A scale with at most five steps of 1, 2 or 5 times a power of ten, whole steps for counts; an empty
     * chart gets a scale anyway, so its axes are drawn.
     */
    static Scale scale(double max, boolean counts) {
        double highest = max > 0 ? max : (counts ? 4 : 1);
        double rough = highest / 5;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = 10 * power;
        for (double multiple : new double[] {1, 2, 5}) {
            if (multiple * power >= rough) {
                step = multiple * power;
                break;
            }
        }
        if (counts) {
            step = Math.max(1, Math.round(step));
        }
        return new Scale(Math.ceil(highest / step - 1e-9) * step, step);
    }

    private static String shorten(String label) {
        return label.length() <= BAR_LABEL_CHARS ? label : label.substring(0, BAR_LABEL_CHARS - 1).strip() + "…";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * Text for XML content and attributes: the five special characters as references (Spring's escaping, which
     * in UTF-8 touches nothing else) and control characters, not allowed in XML 1.0, as spaces.
     */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(NOT_XML.matcher(text).replaceAll(" "), "UTF-8");
    }
}
