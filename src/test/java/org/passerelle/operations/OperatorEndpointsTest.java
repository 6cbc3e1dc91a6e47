package org.passerelle.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.assistant.Answer;
import org.passerelle.assistant.Assistant;
import org.passerelle.assistant.Conversation;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.NewHelpRequest;
import org.passerelle.handoff.Speaker;
import org.passerelle.handoff.TestAgents;
import org.passerelle.handoff.TranscriptLine;
import org.passerelle.kiosk.AnswerFeedback;
import org.passerelle.kiosk.QuestionAnswered;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The operator's endpoints through Spring Security, in the shared application context: health for anyone without
 * details, details and Prometheus for an administrator or the scraper's token, and metrics that follow what kiosks
 * and agents do. The token is the tests' ({@code passerelle.metrics-token} in the test configuration).
 */
@SpringBootTest
@Import(MutableClock.Config.class)
class OperatorEndpointsTest {

    private static final String TOKEN = "test-scrape-token";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AnswerFeedback feedback;

    @Autowired
    Assistant assistant;

    @Autowired
    HandoffService handoff;

    @Autowired
    MutableClock clock;

    MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anyone_reads_health_liveness_and_readiness_as_up_or_down_and_nothing_more() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            String body = http.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(body).as(path).contains("\"status\":\"UP\"").doesNotContain("components", "details", "guides",
                    "database");
        }
    }

    @Test
    void readiness_includes_the_database_and_the_loaded_knowledge_base_with_its_counts_for_an_administrator()
            throws Exception {
        String body = http.perform(get("/actuator/health/readiness").with(user("ops-admin").roles(Roles.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("\"db\"", "\"knowledgeBase\"", "\"readinessState\"", "\"guides\"")
                .doesNotContain("\"livenessState\"");
        String liveness = http.perform(get("/actuator/health/liveness").with(user("ops-admin").roles(Roles.ADMIN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(liveness).as("a slow database is no reason to restart the process").doesNotContain("\"db\"");
    }

    @Test
    void prometheus_and_info_are_refused_to_anonymous_callers_agents_and_a_wrong_token() throws Exception {
        for (String path : List.of("/actuator/prometheus", "/actuator/info")) {
            http.perform(get(path)).andExpect(status().isUnauthorized());
            http.perform(get(path).header("Authorization", "Bearer not-the-token")).andExpect(status().isUnauthorized());
            http.perform(get(path).with(user("ops-agent").roles(Roles.AGENT))).andExpect(status().isForbidden());
            http.perform(get(path).with(user("ops-admin").roles(Roles.ADMIN))).andExpect(status().isOk());
            http.perform(get(path).header("Authorization", "Bearer " + TOKEN)).andExpect(status().isOk());
        }
    }

    @Test
    void answering_a_question_and_taking_a_help_request_move_the_counters_prometheus_scrapes() throws Exception {
        handoff.registerKiosk("ops-kiosk", "Operations kiosk", "Test library");
        TestAgents.onDuty(handoff, "ops-agent");
        String before = scrape();

        Answer answer = feedback.ask(new Conversation(assistant), "ops-kiosk", "renew my passport", Language.EN);
        String kind = QuestionAnswered.of("ops-kiosk", "renew my passport", answer, clock.instant()).outcome().name()
                .toLowerCase(Locale.ROOT);
        long id = handoff.requestHelp(new NewHelpRequest("ops-kiosk", Language.FR, HelpReason.ASKED_FOR_PERSON, null,
                null, List.of(new TranscriptLine(Speaker.CITIZEN, "j'ai besoin d'aide")))).id();
        double waitingWithIt = value(scrape(), "passerelle_help_waiting");
        clock.advance(Duration.ofSeconds(42));
        handoff.claim(id, "ops-agent");
        String after = scrape();

        String answered = "passerelle_questions_answered_total";
        assertThat(value(after, answered, "kind=\"" + kind + "\"", "lang=\"en\""))
                .isEqualTo(value(before, answered, "kind=\"" + kind + "\"", "lang=\"en\"") + 1);
        assertThat(value(after, "passerelle_help_requests_total", "lang=\"fr\""))
                .isEqualTo(value(before, "passerelle_help_requests_total", "lang=\"fr\"") + 1);
        assertThat(value(after, "passerelle_help_claims_total", "lang=\"fr\""))
                .isEqualTo(value(before, "passerelle_help_claims_total", "lang=\"fr\"") + 1);
        assertThat(value(after, "passerelle_help_wait_seconds_count", "lang=\"fr\""))
                .isEqualTo(value(before, "passerelle_help_wait_seconds_count", "lang=\"fr\"") + 1);
        assertThat(value(after, "passerelle_help_wait_seconds_sum", "lang=\"fr\"")
                - value(before, "passerelle_help_wait_seconds_sum", "lang=\"fr\"")).isEqualTo(42.0);
        assertThat(value(after, "passerelle_help_waiting")).as("taken: no longer waiting")
                .isEqualTo(waitingWithIt - 1);
        assertThat(after).contains("passerelle_sessions{", "kind=\"kiosk\"", "passerelle_publication_seconds_count");
    }

    private String scrape() throws Exception {
        return http.perform(bearer(get("/actuator/prometheus"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + TOKEN);
    }

    /** The sum of the samples of {@code metric} whose labels contain all of {@code labels} (0 when there is none). */
    static double value(String scrape, String metric, String... labels) {
        double sum = 0;
        for (String line : scrape.lines().toList()) {
            if (line.startsWith("#") || !(line.startsWith(metric + "{") || line.startsWith(metric + " "))) {
                continue;
            }
            String name = line.substring(0, line.lastIndexOf(' '));
            if (List.of(labels).stream().allMatch(name::contains)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
