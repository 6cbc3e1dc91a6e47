package org.passerelle.opendata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passerelle.insights.OpenData;
import org.passerelle.insights.OpenData.Range;
import org.passerelle.insights.OpenData.RangeProblem;
import org.passerelle.insights.OpenFigures;
import org.passerelle.knowledge.Language;
import org.passerelle.security.RateLimits;
import org.passerelle.security.TokenBuckets;
import org.passerelle.site.SiteInfo;
import org.passerelle.site.SiteService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data's addresses, in English under {@code /open-data} and in French under {@code /fr/open-data} (or with
 * {@code lang=en|fr}): the page, the daily figures and the data dictionary, in CSV and JSON. Answers are written here
 * rather than by message converters, so that the caching headers replace the no-store every other page gets, and a
 * refused range is a plain message (or problem details, RFC 9457, for JSON) in the caller's language, never a stack
 * trace.
 */
@Controller
class OpenDataController {

    /** Past days change little (a wait is counted when its request ends, maybe after midnight): an hour is fine. */
    private static final String CACHED = "public, max-age=3600";
    private static final String CSV = "text/csv; charset=UTF-8; header=present";
    private static final String JSON = "application/json";
    private static final int SHOWN_INPUT_MAX = 20;

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final OpenData openData;
    private final SiteService sites;
    private final TokenBuckets downloads;

    OpenDataController(OpenData openData, SiteService sites, RateLimits limits, OpenDataSettings settings) {
        this.openData = openData;
        this.sites = sites;
        this.downloads = limits.buckets("open-data-download", settings.downloadsMax(), settings.downloadsRefill(),
                settings.tracked());
    }

    @GetMapping({"/open-data", "/fr/open-data"})
    void page(HttpServletRequest request, HttpServletResponse response, @RequestParam(required = false) @Nullable String lang)
            throws IOException {
        Optional<Language> language = language(request, lang);
        if (language.isEmpty()) {
            refuse(response, Language.EN, false, Texts.t(Language.EN, "opendata.problem.bad_language"));
            return;
        }
        String html = OpenDataPage.html(language.get(), request.getContextPath(), openData.defaultRange());
        send(request, response, "text/html; charset=UTF-8", language.get(), html, null, "public, max-age=300");
    }

    @GetMapping({"/open-data/daily.csv", "/fr/open-data/daily.csv"})
    void dailyCsv(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String lang) throws IOException {
        daily(request, response, from, to, lang, false);
    }

    @GetMapping({"/open-data/daily.json", "/fr/open-data/daily.json"})
    void dailyJson(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String lang) throws IOException {
        daily(request, response, from, to, lang, true);
    }

    @GetMapping({"/open-data/dictionary.csv", "/fr/open-data/dictionary.csv"})
    void dictionaryCsv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder out = new StringBuilder(Csv.BYTE_ORDER_MARK);
        Csv.line(out, List.of("field", "type", "description_en", "description_fr", "unit"));
        for (Column column : Column.ALL) {
            Csv.line(out, List.of(column.name(), column.type(), column.description(Language.EN),
                    column.description(Language.FR), column.unit()));
        }
        send(request, response, CSV, language(request, null).orElse(Language.EN), out.toString(),
                "passerelle-dictionary.csv", CACHED);
    }

    @GetMapping({"/open-data/dictionary.json", "/fr/open-data/dictionary.json"})
    void dictionaryJson(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("licence", licence(language(request, null).orElse(Language.EN)));
        body.put("fields", dictionary());
        send(request, response, JSON, language(request, null).orElse(Language.EN), MAPPER.writeValueAsString(body),
                "passerelle-dictionary.json", CACHED);
    }

    private void daily(HttpServletRequest request, HttpServletResponse response, @Nullable String from,
            @Nullable String to, @Nullable String lang, boolean json) throws IOException {
        Optional<Language> chosen = language(request, lang);
        if (chosen.isEmpty()) {
            refuse(response, Language.EN, json, Texts.t(Language.EN, "opendata.problem.bad_language"));
            return;
        }
        Language language = chosen.get();
        Range range;
        try {
            range = range(from, to);
        } catch (BadDate e) {
            refuse(response, language, json, Texts.t(language, "opendata.problem.bad_date", e.shown));
            return;
        }
        Optional<RangeProblem> problem = openData.check(range);
        if (problem.isPresent()) {
            refuse(response, language, json, message(language, problem.get()));
            return;
        }
        // Counted once the dates are good (a mistyped date costs the caller nothing), conditional requests too: the
        // figures are read before their ETag is known.
        if (!downloads.take(request.getRemoteAddr()).allowed()) {
            long seconds = Math.max(1, (downloads.refill().dividedBy(downloads.max()).toMillis() + 999) / 1000);
            response.setHeader("Retry-After", String.valueOf(seconds));
            refuse(response, HttpStatus.TOO_MANY_REQUESTS.value(), language, json,
                    Texts.t(language, "opendata.problem.limited_title"),
                    Texts.t(language, "opendata.problem.limited", String.valueOf(seconds)));
            return;
        }
        List<OpenFigures> rows = openData.daily(range);
        Map<Long, String> siteNames = sites.sites().stream()
                .collect(Collectors.toMap(SiteInfo::id, SiteInfo::name, (a, b) -> a));
        String name = "passerelle-daily-" + range.from() + "_" + range.to() + (json ? ".json" : ".csv");
        String body = json ? json(language, range, rows, siteNames) : csv(rows, siteNames);
        send(request, response, json ? JSON : CSV, language, body, name, CACHED);
    }

    /** The dates asked, or the default range; one date alone keeps the default's length. */
    private Range range(@Nullable String from, @Nullable String to) {
        Range fallback = openData.defaultRange();
        if (from == null && to == null) {
            return fallback;
        }
        LocalDate end = to == null ? fallback.to() : date(to);
        LocalDate start = from == null ? end.minusDays(OpenData.DEFAULT_DAYS - 1) : date(from);
        return new Range(start, end);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadDate(text);
        }
    }

    /** A date that does not read as YYYY-MM-DD; what is shown of it has no control characters and is short. */
    private static final class BadDate extends RuntimeException {

        private final String shown;

        BadDate(String text) {
            super(null, null, false, false);
            String clean = text.replaceAll("\\p{Cntrl}", " ").strip();
            this.shown = clean.length() > SHOWN_INPUT_MAX ? clean.substring(0, SHOWN_INPUT_MAX) + "…" : clean;
        }
    }

    private static String message(Language language, RangeProblem problem) {
        return switch (problem) {
            case END_BEFORE_START -> Texts.t(language, "opendata.problem.end_before_start");
            case TOO_LONG -> Texts.t(language, "opendata.problem.too_long", OpenData.MAX_DAYS);
            case NOT_PAST -> Texts.t(language, "opendata.problem.not_past");
        };
    }

    /** {@code lang} when given (empty when it is neither en nor fr), else French under /fr/, else English. */
    private static Optional<Language> language(HttpServletRequest request, @Nullable String lang) {
        if (lang != null) {
            return Language.fromCode(lang.strip());
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return Optional.of(path.startsWith("/fr/") ? Language.FR : Language.EN);
    }

    static String csv(List<OpenFigures> rows, Map<Long, String> siteNames) {
        StringBuilder out = new StringBuilder(Csv.BYTE_ORDER_MARK);
        Csv.line(out, Column.ALL.stream().map(Column::name).toList());
        for (OpenFigures row : rows) {
            Csv.line(out, Column.ALL.stream().map(c -> c.valueOf(row, siteNames)).toList());
        }
        return out.toString();
    }

    static String json(Language language, Range range, List<OpenFigures> rows, Map<Long, String> siteNames) {
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("title", Texts.t(language, "opendata.dataset.title"));
        body.put("lang", language.code());
        body.put("licence", licence(language));
        body.put("from", range.from().toString());
        body.put("to", range.to().toString());
        body.put("suppression", Texts.t(language, "opendata.page.suppression"));
        body.put("dictionary", language == Language.FR ? "/fr/open-data/dictionary.json" : "/open-data/dictionary.json");
        body.put("rows", rows.stream().map(row -> {
            Map<String, @Nullable Object> fields = new LinkedHashMap<>();
            for (Column column : Column.ALL) {
                fields.put(column.name(), column.name().equals("suppressed") ? Column.suppressed(row)
                        : column.valueOf(row, siteNames));
            }
            return fields;
        }).toList());
        return MAPPER.writeValueAsString(body);
    }

    private static Map<String, String> licence(Language language) {
        return Map.of("name", Texts.t(language, "opendata.licence.name"),
                "url", Texts.t(language, "opendata.licence.url"));
    }

    private static List<Map<String, String>> dictionary() {
        return Column.ALL.stream().map(column -> {
            Map<String, String> field = new LinkedHashMap<>();
            field.put("field", column.name());
            field.put("type", column.type());
            field.put("description_en", column.description(Language.EN));
            field.put("description_fr", column.description(Language.FR));
            field.put("unit", column.unit());
            return field;
        }).toList();
    }

    /**
     * Writes {@code body}, or 304 when the caller has it already (same ETag): the figures of past days change
     * little, and a dashboard polling the file should cost nothing.
     */
    private static void send(HttpServletRequest request, HttpServletResponse response, String contentType,
            Language language, String body, @Nullable String attachment, String cacheControl) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + sha256(bytes) + "\"";
        response.setHeader("Cache-Control", cacheControl);
        // Spring's conditional request (RFC 9110: If-None-Match compared weakly, lists and * included), as the guide
        // pages answer theirs: it sets the ETag, and 304 when the caller names it
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        response.setHeader("Content-Language", language.code());
        if (attachment != null) {
            response.setHeader("Content-Disposition", "attachment; filename=" + attachment);
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** 400 with {@code detail}: problem details for a JSON download, plain text otherwise. */
    private static void refuse(HttpServletResponse response, Language language, boolean json, String detail)
            throws IOException {
        refuse(response, HttpServletResponse.SC_BAD_REQUEST, language, json, Texts.t(language, "opendata.problem.title"),
                detail);
    }

    private static void refuse(HttpServletResponse response, int status, Language language, boolean json, String title,
            String detail) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Language", language.code());
        String body;
        if (json) {
            response.setContentType("application/problem+json");
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", title);
            problem.put("status", status);
            problem.put("detail", detail);
            problem.put("lang", language.code());
            body = MAPPER.writeValueAsString(problem);
        } else {
            response.setContentType("text/plain; charset=UTF-8");
            body = detail + "\n";
        }
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
