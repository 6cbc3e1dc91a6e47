package org.passerelle.handoff;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.handoff.TestKiosks.assertRefused;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.cluster.Cluster;
import org.passerelle.handoff.HandoffException.Problem;
import org.passerelle.knowledge.Language;
import org.passerelle.security.RateLimits;
import org.passerelle.security.SecurityAudit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The help-request limits with the values application.properties ships (the shared test configuration raises them,
 * because every kiosk screen test asks as the same kiosk).
 */
@SpringBootTest(properties = {"passerelle.handoff.limits.kiosk-max=5", "passerelle.handoff.limits.kiosk-refill=10m",
        "passerelle.handoff.limits.client-max=10", "passerelle.handoff.limits.client-refill=10m"})
@Import(MutableClock.Config.class)
class HelpRequestLimitsTest {

    @Autowired
    HandoffService handoff;

    @Autowired
    SecurityAudit audit;

    @Autowired
    OnlineHelp webChat;

    @Autowired
    WebApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    RateLimits limits;

    @Autowired
    Cluster cluster;

    private long openAt(String kiosk) {
        return handoff.openRequests().stream().filter(r -> r.kioskId().equals(kiosk)).count();
    }

    private static NewHelpRequest from(String kiosk) {
        return new NewHelpRequest(kiosk, Language.EN, HelpReason.ASKED_FOR_PERSON, null, null,
                List.of(new TranscriptLine(Speaker.CITIZEN, "I need a person")));
    }

    @Test
    void the_limits_are_shared_in_the_database_exactly_where_the_instances_share_their_events() {
        assertThat(limits.shared()).isEqualTo(cluster.enabled());
    }

    @Test
    void a_sixth_request_from_one_kiosk_in_ten_minutes_is_refused_stores_nothing_and_is_audited() {
        String kiosk = TestKiosks.register(handoff);
        for (int i = 0; i < 5; i++) {
            TestKiosks.ask(handoff, kiosk);
        }

        assertRefused(Problem.TOO_MANY_REQUESTS, () -> TestKiosks.ask(handoff, kiosk));
        assertThat(openAt(kiosk)).isEqualTo(5);
        assertThat(audit.actionsOf("kiosk:" + kiosk)).containsExactly(SecurityAudit.HELP_REQUESTS_LIMITED);

        clock.advance(Duration.ofMinutes(2));
        TestKiosks.ask(handoff, kiosk);
        assertRefused(Problem.TOO_MANY_REQUESTS, () -> TestKiosks.ask(handoff, kiosk));
        assertThat(openAt(kiosk)).isEqualTo(6);
    }

    @Test
    void an_eleventh_request_from_one_address_is_refused_whatever_kiosk_it_names_and_other_addresses_go_on() {
        List<String> kiosks = IntStream.range(0, 11).mapToObj(i -> TestKiosks.register(handoff)).toList();
        String client = "203.0.113.77";
        for (String kiosk : kiosks.subList(0, 10)) {
            handoff.requestHelp(from(kiosk), client);
        }

        String last = kiosks.getLast();
        assertRefused(Problem.TOO_MANY_REQUESTS, () -> handoff.requestHelp(from(last), client));
        assertThat(openAt(last)).isZero();
        assertThat(handoff.requestHelp(from(last), "203.0.113.78").id()).isPositive();
        assertThat(openAt(last)).isEqualTo(1);
    }

    @Test
    void an_eleventh_web_chat_request_from_one_address_is_refused_while_other_addresses_go_on() {
        String client = "203.0.113.90";
        for (int i = 0; i < 10; i++) {
            webChat.open(Channel.WEB, null, Language.EN, HelpReason.ASKED_FOR_PERSON, null, null, List.of(), client);
        }

        assertRefused(Problem.TOO_MANY_REQUESTS, () -> webChat.open(Channel.WEB, null, Language.EN,
                HelpReason.ASKED_FOR_PERSON, null, null, List.of(), client));
        // no per-kiosk limit for the web chat: its many citizens are not one kiosk
        assertThat(webChat.open(Channel.WEB, null, Language.EN, HelpReason.ASKED_FOR_PERSON, null, null, List.of(),
                "203.0.113.91").token()).isNotBlank();
    }

    @Test
    void through_the_api_an_eleventh_web_chat_request_from_one_address_gets_429_with_retry_after() throws Exception {
        TestAgents.onDuty(handoff, "limits-agent");
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        RequestPostProcessor from = request -> {
            request.setRemoteAddr("203.0.113.95");
            return request;
        };
        for (int i = 0; i < 10; i++) {
            http.perform(post("/api/v1/help-requests").with(from).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"lang\":\"en\",\"channel\":\"web\"}")).andExpect(status().isCreated());
        }

        http.perform(post("/api/v1/help-requests").param("lang", "fr").with(from)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"lang\":\"fr\",\"channel\":\"web\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(jsonPath("$.type").value("/api/v1/problems/help-requests-limited"))
                .andExpect(jsonPath("$.lang").value("fr"));
    }

    @Test
    void an_unregistered_kiosk_is_refused_before_it_counts_against_anyone() {
        String client = "203.0.113.99";
        for (int i = 0; i < 20; i++) {
            assertRefused(Problem.UNKNOWN_KIOSK, () -> handoff.requestHelp(from("not-registered"), client));
        }
        assertThat(handoff.requestHelp(from(TestKiosks.register(handoff)), client).id()).isPositive();
    }
}
