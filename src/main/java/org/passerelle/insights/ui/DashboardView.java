package org.passerelle.insights.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.DateFormatSymbols;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.Channel;
import org.passerelle.insights.DashboardFigures;
import org.passerelle.insights.DashboardFigures.Day;
import org.passerelle.insights.DashboardFigures.GuideFigures;
import org.passerelle.insights.DashboardFigures.Totals;
import org.passerelle.insights.DashboardFigures.Waits;
import org.passerelle.insights.DashboardService;
import org.passerelle.insights.InsightsException;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.passerelle.site.SiteInfo;
import org.passerelle.site.SiteService;
import org.passerelle.staff.ui.EditorLayout;

/**
 * The editors' dashboard: how many questions, how many the kiosk handled without a person, how many it did not
 * understand, how long people waited for a person, whether guides helped — over a date range, in one language or
 * both, with charts drawn on the server and every chart's data also as a table.
 */
@Route(value = "editor/dashboard", layout = EditorLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class DashboardView extends InsightsPage {

    /** The default range: the last 30 days, today included. */
    static final int DEFAULT_DAYS = 30;
    private static final int TOP_GUIDES = 10;

    /** "" stands for every site, {@code "0"} for the counts of no known site, else a site's id. */
    private final Select<String> siteFilter = new Select<>();
    /** "" stands for every channel, else a {@link Channel}'s name. */
    private final Select<String> channelFilter = new Select<>();
    private final DashboardService dashboard;
    private final SiteService sites;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div content = new Div();

    DashboardView(DashboardService dashboard, KnowledgeService knowledge, SiteService sites, Clock clock) {
        super(knowledge, "insights.dashboard");
        this.dashboard = dashboard;
        this.sites = sites;
        addClassName("dashboard-view");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        from.addClassName("range-from");
        to.addClassName("range-to");
        from.setValue(today.minusDays(DEFAULT_DAYS - 1L));
        to.setValue(today);
        from.addValueChangeListener(e -> render());
        to.addValueChangeListener(e -> render());
        content.addClassName("dashboard-content");
        siteFilter.addClassName("site-filter");
        List<String> siteChoices = new ArrayList<>(List.of("", "0"));
        sites.sites().forEach(site -> siteChoices.add(Long.toString(site.id())));
        siteFilter.setItems(siteChoices);
        siteFilter.setValue("");
        siteFilter.addValueChangeListener(e -> render());
        channelFilter.addClassName("channel-filter");
        List<String> channelChoices = new ArrayList<>(List.of(""));
        Arrays.stream(Channel.values()).forEach(c -> channelChoices.add(c.name()));
        channelFilter.setItems(channelChoices);
        channelFilter.setValue("");
        channelFilter.addValueChangeListener(e -> render());
        compose(content, siteFilter, channelFilter, from, to);
    }

    @Override
    protected void render() {
        siteFilter.setLabel(t("insights.dashboard.site"));
        siteFilter.setItemLabelGenerator(this::siteLabel);
        channelFilter.setLabel(t("insights.dashboard.channel"));
        channelFilter.setItemLabelGenerator(v -> switch (v) {
            case "KIOSK" -> t("insights.dashboard.channel.kiosk");
            case "WEB" -> t("insights.dashboard.channel.web");
            case "API" -> t("insights.dashboard.channel.api");
            default -> t("insights.dashboard.channel.all");
        });
        from.setLabel(t("insights.dashboard.from"));
        to.setLabel(t("insights.dashboard.to"));
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setLocale(getLocale());
            picker.setI18n(datePickerTexts());
        }
        content.removeAll();
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null || end == null) {
            content.add(alert(t("insights.dashboard.chooseRange")));
            return;
        }
        DashboardFigures figures;
        try {
            figures = dashboard.figures(start, end, chosenLanguage(),
                    siteFilter.getValue() == null || siteFilter.getValue().isEmpty() ? null
                            : Long.valueOf(siteFilter.getValue()),
                    channelFilter.getValue() == null || channelFilter.getValue().isEmpty() ? null
                            : Channel.valueOf(channelFilter.getValue()));
        } catch (InsightsException e) {
            content.add(alert(t("insights.problem." + e.problem().name().toLowerCase(Locale.ROOT))));
            return;
        }
        content.add(keyFigures(figures));
        if (figures.language() == null) {
            content.add(byLanguage(figures.byLanguage()));
        }
        content.add(perDay(figures), perGuide(figures));
    }

    private String siteLabel(String value) {
        if (value.isEmpty()) {
            return t("insights.dashboard.site.all");
        }
        if (value.equals("0")) {
            return t("insights.dashboard.site.unknown");
        }
        return sites.site(Long.parseLong(value)).map(SiteInfo::name).orElse(value);
    }

    // ---- Key figures ------------------------------------------------------------------------------

    private Section keyFigures(DashboardFigures figures) {
        Totals t = figures.totals();
        Waits waits = figures.waits();
        Div tiles = new Div(
                tile("questions", count(t.questions()), t("insights.dashboard.questions.note", t.guideAnswers(),
                        t.clarifications(), t.notUnderstood(), t.systemReplies(), t.confirmations(), t.wrongAnswers())),
                tile("containment", percent(t.containment()), t("insights.dashboard.containment.note")),
                tile("notUnderstood", percent(t.notUnderstoodRate()),
                        t("insights.dashboard.notUnderstood.note", t.notUnderstood())),
                tile("handoff", percent(t.handoffRate()), t("insights.dashboard.handoff.note", t.helpRequests())),
                tile("wait", duration(waits.median()), waits.p90() == null ? t("insights.dashboard.wait.none")
                        : t("insights.dashboard.wait.note", duration(waits.p90()), waits.claimed())),
                tile("helped", percent(t.helpedRatio()), t("insights.dashboard.helped.note", t.helpedYes(), t.helpedNo())));
        tiles.addClassName("figure-tiles");
        Section section = new Section(new H2(t("insights.dashboard.figures")), tiles,
                new Paragraph(t("insights.dashboard.clarify.note", t.chosen(), t.noneOfThese())));
        section.addClassName("key-figures");
        return section;
    }

    private Div tile(String name, String value, String note) {
        Span label = new Span(t("insights.dashboard." + name));
        label.addClassName("figure-label");
        Span number = new Span(value);
        number.addClassName("figure-value");
        Span small = new Span(note);
        small.addClassName("figure-note");
        Div tile = new Div(label, number, small);
        tile.addClassName("figure-tile");
        tile.addClassName("figure-" + name);
        return tile;
    }

    private Section byLanguage(Map<Language, Totals> byLanguage) {
        List<List<String>> rows = new ArrayList<>();
        for (Language language : Language.values()) {
            Totals t = byLanguage.get(language);
            if (t != null) {
                rows.add(List.of(t("insights.language." + language.name().toLowerCase(Locale.ROOT)),
                        count(t.questions()), percent(t.containment()), percent(t.notUnderstoodRate()),
                        percent(t.handoffRate()), percent(t.helpedRatio())));
            }
        }
        String heading = t("insights.dashboard.byLanguage");
        List<String> columns = List.of(t("insights.dashboard.column.language"), t("insights.dashboard.questions"),
                t("insights.dashboard.containment"), t("insights.dashboard.notUnderstood"),
                t("insights.dashboard.handoff"), t("insights.dashboard.helped"));
        Section section = new Section(new H2(heading), table("by-language", heading, columns, rows));
        section.addClassName("by-language");
        return section;
    }

    // ---- Per day ----------------------------------------------------------------------------------

    private Section perDay(DashboardFigures figures) {
        List<Day> days = figures.days();
        DateTimeFormatter shortDate = DateTimeFormatter.ofPattern(
                Language.fromLocale(getLocale()) == Language.FR ? "d MMM" : "MMM d", getLocale());
        List<String> labels = days.stream().map(d -> d.day().format(shortDate)).toList();
        List<SvgChart.Series> series = List.of(
                new SvgChart.Series(t("insights.dashboard.series.questions"),
                        days.stream().map(d -> (double) d.questions()).toList()),
                new SvgChart.Series(t("insights.dashboard.series.notUnderstood"),
                        days.stream().map(d -> (double) d.notUnderstood()).toList()),
                new SvgChart.Series(t("insights.dashboard.series.help"),
                        days.stream().map(d -> (double) d.helpRequests()).toList()));
        Day busiest = days.stream().max(Comparator.comparingInt(Day::questions)).orElseThrow();
        String description = t("insights.dashboard.chart.days.desc", date(figures.from()), date(figures.to()),
                figures.totals().questions(), figures.totals().notUnderstood(), figures.totals().helpRequests(),
                date(busiest.day()), busiest.questions());
        String heading = t("insights.dashboard.perDay");
        String svg = SvgChart.line(new SvgChart.Data("questions-per-day", heading, description, labels, series,
                v -> count((long) Math.round(v)), true));
        List<List<String>> rows = days.stream().map(d -> List.of(date(d.day()), count(d.questions()),
                count(d.notUnderstood()), count(d.helpRequests()))).toList();
        List<String> columns = List.of(t("insights.dashboard.column.day"), t("insights.dashboard.series.questions"),
                t("insights.dashboard.series.notUnderstood"), t("insights.dashboard.series.help"));
        Section section = new Section(new H2(heading), chart(svg, table("per-day", heading, columns, rows)));
        section.addClassName("per-day");
        return section;
    }

    // ---- Per guide --------------------------------------------------------------------------------

    private Section perGuide(DashboardFigures figures) {
        Section section = new Section(new H2(t("insights.dashboard.perGuide")));
        section.addClassName("per-guide");
        List<GuideFigures> guides = figures.guides();
        if (guides.isEmpty()) {
            section.add(new Paragraph(t("insights.dashboard.perGuide.none")));
            return section;
        }
        List<GuideFigures> top = guides.stream().filter(g -> g.shown() > 0).limit(TOP_GUIDES).toList();
        if (!top.isEmpty()) {
            String description = t("insights.dashboard.chart.guides.desc", top.size(), guideTitle(top.getFirst().guideId()),
                    top.getFirst().shown());
            String svg = SvgChart.bar(new SvgChart.Data("guides-shown", t("insights.dashboard.chart.guides"), description,
                    top.stream().map(g -> guideTitle(g.guideId())).toList(),
                    List.of(new SvgChart.Series(t("insights.dashboard.column.shown"),
                            top.stream().map(g -> (double) g.shown()).toList())),
                    v -> count((long) Math.round(v)), true));
            section.add(new Html("<div class=\"chart\">" + svg + "</div>"));
        }
        List<List<String>> rows = guides.stream().map(g -> List.of(guideTitle(g.guideId()), count(g.shown()),
                count(g.helpedYes()), count(g.helpedNo()), percent(g.helpedRatio()), count(g.helpRequests()))).toList();
        section.add(table("guides", t("insights.dashboard.perGuide"), List.of(t("insights.dashboard.column.guide"),
                t("insights.dashboard.column.shown"), t("insights.dashboard.column.yes"), t("insights.dashboard.column.no"),
                t("insights.dashboard.helped"), t("insights.dashboard.column.help")), rows));
        return section;
    }

    // ---- Pieces -----------------------------------------------------------------------------------

    /** A chart and, under "Show the data as a table", the same figures for those who do not read the picture. */
    private Div chart(String svg, NativeTable data) {
        Html picture = new Html("<div class=\"chart\">" + svg + "</div>");
        Details details = new Details(t("insights.dashboard.showTable"), data);
        details.addClassName("chart-table");
        Div figure = new Div(picture, details);
        figure.addClassName("chart-figure");
        return figure;
    }

    /** A table with a caption, column headers, and each row's first cell as its header. */
    private static NativeTable table(String name, String caption, List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("insights-table");
        table.addClassName(name + "-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            head.addHeaderCell().setText(header);
        }
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        for (List<String> cells : rows) {
            NativeTableRow row = table.getBody().addRow();
            var first = row.addHeaderCell();
            first.setText(cells.getFirst());
            first.getElement().setAttribute("scope", "row");
            cells.subList(1, cells.size()).forEach(cell -> row.addDataCell().setText(cell));
        }
        return table;
    }

    private Paragraph alert(String text) {
        Paragraph alert = new Paragraph(text);
        alert.addClassName("dashboard-alert");
        alert.getElement().setAttribute("role", "alert");
        return alert;
    }

    private String count(long n) {
        return NumberFormat.getIntegerInstance(getLocale()).format(n);
    }

    private String percent(OptionalDouble ratio) {
        if (ratio.isEmpty()) {
            return t("insights.dashboard.noData");
        }
        NumberFormat format = NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(0);
        return format.format(ratio.getAsDouble());
    }

    private String duration(@Nullable Duration duration) {
        if (duration == null) {
            return t("insights.dashboard.noData");
        }
        long seconds = duration.toSeconds();
        return seconds < 60 ? t("insights.dashboard.seconds", seconds)
                : t("insights.dashboard.minutes", Math.round(seconds / 60.0));
    }

    private DatePicker.DatePickerI18n datePickerTexts() {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(getLocale());
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(Language.fromLocale(getLocale()) == Language.FR ? 1 : 0)
                .setToday(t("insights.dashboard.today"))
                .setCancel(t("insights.dashboard.cancel"));
    }
}
