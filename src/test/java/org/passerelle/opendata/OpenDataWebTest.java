package org.passerelle.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.handoff.Channel;
import org.passerelle.insights.InsightsRecorded;
import org.passerelle.kiosk.Admins;
import org.passerelle.kiosk.QuestionAnswered;
import org.passerelle.kiosk.QuestionAnswered.Outcome;
import org.passerelle.knowledge.Language;
import org.passerelle.site.Province;
import org.passerelle.site.SiteForm;
import org.passerelle.site.SiteService;
import org.passerelle.site.WeeklyHours;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data as anyone downloads it, on the running server without signing in: the page in both languages, the
 * daily figures and the dictionary in CSV and JSON, refused dates in the caller's language. Same configuration as
 * {@code ServedPagesTest} (one shared context); the figures are seeded through the events insights hears, on a day
 * and at a site of this test's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataWebTest {

    /** In what the citizen typed: it must never reach a file. */
    private static final String MARKER = "zebrafinch-7c1e";

    /** A name an administrator could write that a spreadsheet would run, with a comma, a quote and an accent. */
    private static final String SITE_NAME = "=HYPERLINK(\"http://x\"), Québec " + java.util.UUID.randomUUID();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ApplicationContext context;

    @Autowired
    SiteService sites;

    private final HttpClient client = HttpClient.newHttpClient();
    private LocalDate day;
    private long site;

    @BeforeAll
    void a_day_of_questions_at_a_site_of_this_test() {
        site = Admins.as("root-admin", () -> sites.createSite(new SiteForm(SITE_NAME, "", "America/Toronto",
                Province.QC, Set.of(Language.FR), WeeklyHours.parse(Map.of()), WeeklyHours.parse(Map.of()), List.of(),
                "Ask at the desk", "Demandez au comptoir"))).info().id();
        // Two days ago, at noon UTC: a full past day whatever the time the test runs.
        day = LocalDate.now(ZoneOffset.UTC).minusDays(2);
        Instant at = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        for (int i = 0; i < 6; i++) {
            events.publishEvent(new QuestionAnswered("od-kiosk", Language.FR, Outcome.GUIDE, "passport-renewal",
                    "passeport " + MARKER, false, at, Channel.KIOSK, site));
        }
        events.publishEvent(new QuestionAnswered("od-kiosk", Language.FR, Outcome.NOT_UNDERSTOOD, null,
                "je ne sais pas " + MARKER, false, at, Channel.KIOSK, site));
        events.publishEvent(new QuestionAnswered("od-web", Language.FR, Outcome.NOT_UNDERSTOOD, null,
                MARKER, false, at, Channel.WEB, site));
        InsightsRecorded.await(context);
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String range() {
        return "from=" + day + "&to=" + day;
    }

    @Test
    void the_page_describes_the_data_its_licence_and_dictionary_in_each_language_without_a_script() throws Exception {
        HttpResponse<String> en = get("/open-data");
        HttpResponse<String> fr = get("/fr/open-data");

        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(en.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        assertThat(en.headers().allValues("Set-Cookie")).as("no session for anonymous readers").isEmpty();
        assertThat(en.body()).contains("<html lang=\"en\">", "https://open.canada.ca/en/open-government-licence-canada",
                "Open Government Licence – Canada", "href=\"/open-data/daily.csv\"", "href=\"/open-data/dictionary.json\"",
                "hreflang=\"fr\" href=\"/fr/open-data\"", "<code>containment</code>").doesNotContain("<script");
        assertThat(fr.statusCode()).isEqualTo(200);
        assertThat(fr.body()).contains("<html lang=\"fr\">",
                "https://ouvert.canada.ca/fr/licence-du-gouvernement-ouvert-canada",
                "Licence du gouvernement ouvert – Canada", "href=\"/fr/open-data/daily.json\"", "Dictionnaire de données")
                .doesNotContain("<script");
        assertThat(get("/open-data?lang=xx").statusCode()).isEqualTo(400);
    }

    @Test
    void the_csv_is_per_site_excel_friendly_injection_safe_and_never_holds_what_anyone_typed() throws Exception {
        HttpResponse<String> csv = get("/open-data/daily.csv?" + range());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=passerelle-daily-" + day + "_" + day + ".csv");
        assertThat(csv.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        assertThat(csv.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(csv.body()).startsWith("\uFEFFdate,language,site_id,site_name,channel,guide_id,questions,")
                .doesNotContain(MARKER).doesNotContain("od-kiosk").doesNotContain("od-web");
        String escaped = "\"'" + SITE_NAME.replace("\"", "\"\"") + "\"";
        List<String> ours = csv.body().lines().filter(l -> l.contains(escaped)).toList();
        assertThat(ours).as("the kiosk row, its guide row, the web row").containsExactly(
                // 1 not understood; 6 guide answers with it, or 7 − 6 would give it away; the guide's 6 with them.
                day + ",fr," + site + "," + escaped + ",kiosk,,7,,0,0,,0,1.0,0,0,,,guide_answers not_understood",
                day + ",fr," + site + "," + escaped + ",kiosk,passport-renewal,,,0,,,,,0,0,,,guide_answers",
                day + ",fr," + site + "," + escaped + ",web,,,0,0,0,,0,,0,0,,,questions not_understood");
        assertThat(csv.body()).contains("\r\n");

        String etag = csv.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/open-data/daily.csv?" + range(), "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void the_json_has_the_same_rows_with_null_for_what_is_withheld() throws Exception {
        HttpResponse<String> response = get("/fr/open-data/daily.json?" + range());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(MARKER);
        JsonNode json = JsonMapper.builder().build().readTree(response.body());
        assertThat(json.get("lang").asString()).isEqualTo("fr");
        assertThat(json.get("licence").get("url").asString())
                .isEqualTo("https://ouvert.canada.ca/fr/licence-du-gouvernement-ouvert-canada");
        assertThat(json.get("from").asString()).isEqualTo(day.toString());
        JsonNode kiosk = null;
        for (JsonNode row : json.get("rows")) {
            if (row.get("site_id").asLong() == site && row.get("channel").asString().equals("kiosk")
                    && row.get("guide_id").isNull()) {
                kiosk = row;
            }
        }
        assertThat(kiosk).isNotNull();
        assertThat(kiosk.get("site_name").asString()).as("JSON needs no spreadsheet escaping").isEqualTo(SITE_NAME);
        assertThat(kiosk.get("questions").asInt()).isEqualTo(7);
        assertThat(kiosk.get("guide_answers").isNull()).as("7 − 6 would give the 1 away: withheld too").isTrue();
        assertThat(kiosk.get("not_understood").isNull()).isTrue();
        assertThat(kiosk.get("confirmations").asInt()).isZero();
        assertThat(kiosk.get("containment").asDouble()).isEqualTo(1.0);
        assertThat(kiosk.get("median_wait_seconds").isNull()).isTrue();
        assertThat(kiosk.get("suppressed").toString()).isEqualTo("[\"guide_answers\",\"not_understood\"]");
        assertThat(kiosk.has("kiosk_id")).isFalse();
    }

    @Test
    void the_dictionary_lists_every_field_in_both_languages() throws Exception {
        HttpResponse<String> csv = get("/open-data/dictionary.csv");
        JsonNode json = JsonMapper.builder().build().readTree(get("/open-data/dictionary.json").body());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFfield,type,description_en,description_fr,unit\r\n");
        assertThat(json.get("fields")).hasSize(Column.ALL.size());
        for (JsonNode field : json.get("fields")) {
            assertThat(field.get("description_en").asString()).as(field.get("field").asString()).doesNotContain("!");
            assertThat(field.get("description_fr").asString()).as(field.get("field").asString()).doesNotContain("!")
                    .isNotEqualTo(field.get("description_en").asString());
        }
        assertThat(csv.body().lines().count()).isEqualTo(Column.ALL.size() + 1);
        String documented = java.nio.file.Files.readString(java.nio.file.Path.of("docs/open-data.md"));
        assertThat(Column.ALL).isNotEmpty().allSatisfy(column -> assertThat(documented)
                .as("docs/open-data.md").contains("| `" + column.name() + "` | " + column.type() + " | " + column.unit()));
    }

    @Test
    void bad_dates_are_refused_in_the_callers_language() throws Exception {
        HttpResponse<String> badEn = get("/open-data/daily.csv?from=2026-13-01");
        assertThat(badEn.statusCode()).isEqualTo(400);
        assertThat(badEn.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(badEn.body()).contains("The date “2026-13-01” is not valid").doesNotContain("Exception");

        HttpResponse<String> badFr = get("/fr/open-data/daily.json?from=%3Cscript%3E");
        assertThat(badFr.statusCode()).isEqualTo(400);
        assertThat(badFr.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(badFr.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).startsWith("La date « <script> » n’est pas valide");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(get("/open-data/daily.csv?from=2026-03-02&to=2026-03-01").body())
                .contains("The end date is before the start date");
        assertThat(get("/fr/open-data/daily.csv?from=2024-01-01&to=2025-06-01").body())
                .contains("Cette période est trop longue. Choisissez 366 jours au plus");
        assertThat(get("/open-data/daily.csv?to=" + today).body()).contains("Only full days are published");
        assertThat(get("/open-data/daily.json?lang=fr&to=" + today).body()).contains("Seuls les jours complets");
        assertThat(get("/open-data/daily.csv?lang=de").statusCode()).isEqualTo(400);
    }

    @Test
    void without_dates_the_last_90_full_days_are_downloaded() throws Exception {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        HttpResponse<String> csv = get("/open-data/daily.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=passerelle-daily-"
                + yesterday.minusDays(89) + "_" + yesterday + ".csv");
        assertThat(Duration.ofDays(90)).isEqualTo(Duration.ofDays(org.passerelle.insights.OpenData.DEFAULT_DAYS));
    }
}
