package org.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.handoff.Channel;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpOutcome;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.OnlineHelp;
import org.passerelle.handoff.PresenceStatus;
import org.passerelle.handoff.Speaker;
import org.passerelle.handoff.TestAgents;
import org.passerelle.handoff.TranscriptLine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Help from a person through the public API, as the web chat asks for it: create, follow, write and end a request with
 * its conversation token, and every bad input refused with a problem in the caller's language.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
class HelpRequestsApiTest {

    private static final String AGENT = "api-agent";
    private static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @Autowired
    WebApplicationContext context;

    @Autowired
    HandoffService handoff;

    @Autowired
    MutableClock clock;

    @Autowired
    OnlineHelp online;

    MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        TestAgents.onDuty(handoff, AGENT);
    }

    private record Created(long id, String token, long cursor) {
    }

    private Created create(String body) throws Exception {
        MvcResult result = http.perform(post("/api/v1/help-requests").contentType(MediaType.APPLICATION_JSON)
                        .header("Origin", "https://library.example").content(body))
                .andExpect(status().isCreated()).andReturn();
        String json = result.getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/v1/help-requests/" + id);
        return new Created(id, JsonPath.read(json, "$.token"), ((Number) JsonPath.read(json, "$.cursor")).longValue());
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    /** What a problem says, without what differs per call (the address asked, the request id). */
    private static List<Object> withoutInstance(String problem) {
        return List.of(JsonPath.read(problem, "$.type"), JsonPath.read(problem, "$.status"),
                JsonPath.read(problem, "$.title"), JsonPath.read(problem, "$.detail"));
    }

    /** The open requests of the web chat and other software (other tests in this context leave kiosk requests). */
    private List<Long> onlineRequests() {
        return handoff.openRequests().stream().filter(r -> r.channel() != Channel.KIOSK).map(HelpRequestSummary::id)
                .toList();
    }

    private HelpRequestSummary asAgentSees(long id) {
        return handoff.openRequests().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void citizen_who_asks_for_a_person_from_the_web_chat_follows_the_agent_answer_writes_back_and_clears_it()
            throws Exception {
        Created asked = create("""
                {"lang":"fr","reason":"not-understood","channel":"web","transcript":[
                  {"speaker":"citizen","text":"Je veux renouveler mon passeport"},
                  {"speaker":"assistant","text":"Je n’ai pas compris."}]}""");

        HelpRequestSummary seen = asAgentSees(asked.id());
        assertThat(seen.channel()).isEqualTo(Channel.WEB);
        assertThat(seen.kioskId()).isEqualTo(Channel.WEB.marker());
        http.perform(as(get("/api/v1/help-requests/{id}", asked.id()), asked.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("waiting"))
                .andExpect(jsonPath("$.lang").value("fr"))
                .andExpect(jsonPath("$.channel").value("web"))
                .andExpect(jsonPath("$.position").isNumber())
                .andExpect(jsonPath("$.token").doesNotExist())
                .andExpect(jsonPath("$.messages.length()").value(2));

        handoff.claim(asked.id(), AGENT);
        handoff.agentSays(asked.id(), AGENT, "Bonjour, je peux vous aider.");
        http.perform(as(get("/api/v1/help-requests/{id}", asked.id()).param("after", String.valueOf(asked.cursor())),
                        asked.token()))
                .andExpect(jsonPath("$.status").value("live"))
                .andExpect(jsonPath("$.messages.length()").value(1))
                .andExpect(jsonPath("$.messages[0].speaker").value("staff"))
                .andExpect(jsonPath("$.messages[0].text").value("Bonjour, je peux vous aider."));

        http.perform(as(post("/api/v1/help-requests/{id}/messages", asked.id()), asked.token())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Merci !\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.speaker").value("citizen"));
        assertThat(handoff.transcript(asked.id())).last()
                .isEqualTo(new TranscriptLine(Speaker.CITIZEN, "Merci !"));

        http.perform(as(delete("/api/v1/help-requests/{id}", asked.id()), asked.token()))
                .andExpect(status().isNoContent());
        assertThat(handoff.requestOf(asked.id()).orElseThrow().outcome()).isEqualTo(HelpOutcome.CITIZEN_LEFT);
        // cleared: the token opens nothing any more
        http.perform(as(get("/api/v1/help-requests/{id}", asked.id()), asked.token()))
                .andExpect(status().isNotFound());
    }

    @Test
    void other_software_that_names_no_channel_asks_on_the_api_channel_and_an_unknown_channel_is_refused()
            throws Exception {
        Created asked = create("{\"lang\":\"en\"}");

        HelpRequestSummary seen = asAgentSees(asked.id());
        assertThat(seen.channel()).as("the agent sees another app's request, not the web chat's")
                .isEqualTo(Channel.API);
        assertThat(seen.kioskId()).isEqualTo(Channel.API.marker());
        http.perform(as(get("/api/v1/help-requests/{id}", asked.id()), asked.token()))
                .andExpect(jsonPath("$.channel").value("api"));

        List<Long> before = onlineRequests();
        for (String channel : List.of("kiosk", "WEB", "<script>alert(1)</script>")) {
            http.perform(post("/api/v1/help-requests").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"lang\":\"fr\",\"channel\":\"" + channel + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("/api/v1/problems/invalid-parameter"))
                    .andExpect(jsonPath("$.detail", containsString("channel")))
                    .andExpect(jsonPath("$.lang").value("fr"));
        }
        assertThat(onlineRequests()).as("no request recorded").isSubsetOf(before);
    }

    @Test
    void a_web_chat_whose_page_went_silent_is_shown_as_may_have_left_comes_back_then_ends_as_the_citizen_left()
            throws Exception {
        Created asked = create("{\"lang\":\"en\"}");
        handoff.claim(asked.id(), AGENT);

        clock.advance(Duration.ofSeconds(91));
        assertThat(online.silentCitizens()).doesNotContain(asked.id());
        assertThat(asAgentSees(asked.id()).citizenIdleSince()).as("the agent is told the citizen may have left")
                .isNotNull();

        http.perform(as(get("/api/v1/help-requests/{id}", asked.id()), asked.token())).andExpect(status().isOk());
        assertThat(asAgentSees(asked.id()).citizenIdleSince()).as("the page called again").isNull();

        clock.advance(Duration.ofMinutes(5));
        online.silentCitizens();
        assertThat(asAgentSees(asked.id()).citizenIdleSince()).isNotNull();
        assertThat(asAgentSees(asked.id()).status().open()).as("not yet gone for good").isTrue();

        clock.advance(Duration.ofMinutes(5));
        assertThat(online.silentCitizens()).contains(asked.id());
        assertThat(handoff.requestOf(asked.id()).orElseThrow().outcome()).isEqualTo(HelpOutcome.CITIZEN_LEFT);
        http.perform(as(get("/api/v1/help-requests/{id}", asked.id()), asked.token()))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_long_poll_answers_as_soon_as_the_agent_writes() throws Exception {
        Created asked = create("{\"lang\":\"en\"}");
        handoff.claim(asked.id(), AGENT);
        MvcResult waiting = http.perform(as(get("/api/v1/help-requests/{id}/next", asked.id())
                        .param("after", String.valueOf(asked.cursor())).param("wait", "20"), asked.token()))
                .andExpect(request().asyncStarted()).andReturn();

        handoff.agentSays(asked.id(), AGENT, "Hello from the desk");
        http.perform(asyncDispatch(waiting))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("live"))
                .andExpect(jsonPath("$.messages[0].text").value("Hello from the desk"));
        http.perform(as(get("/api/v1/help-requests/{id}/next", asked.id()), "forged-token"))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_long_poll_with_nothing_new_answers_the_request_as_it_is_when_its_wait_is_over() throws Exception {
        Created asked = create("{\"lang\":\"en\"}");
        handoff.claim(asked.id(), AGENT);
        MvcResult waiting = http.perform(as(get("/api/v1/help-requests/{id}/next", asked.id())
                        .param("after", String.valueOf(asked.cursor())).param("wait", "1"), asked.token()))
                .andExpect(request().asyncStarted()).andReturn();

        // The servlet container ends the wait: what Tomcat does once the request's async timeout has passed.
        MockAsyncContext async = (MockAsyncContext) waiting.getRequest().getAsyncContext();
        for (AsyncListener listener : async.getListeners()) {
            listener.onTimeout(new AsyncEvent(async));
        }
        http.perform(asyncDispatch(waiting))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("claimed"))
                .andExpect(jsonPath("$.messages").isEmpty());
    }

    @Test
    void an_email_and_a_phone_number_in_the_chat_are_redacted_before_they_are_stored() throws Exception {
        Created asked = create("""
                {"lang":"en","transcript":[{"speaker":"citizen",
                  "text":"Write to jane.doe@example.com or call 613-555-0199"}]}""");

        String stored = handoff.transcript(asked.id()).getFirst().text();
        assertThat(stored).doesNotContain("jane.doe@example.com").doesNotContain("555-0199");
        http.perform(as(post("/api/v1/help-requests/{id}/messages", asked.id()), asked.token())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"My email is jane.doe@example.com\"}"))
                .andExpect(jsonPath("$.text", not(containsString("jane.doe@example.com"))));
    }

    @Test
    void script_in_every_text_field_is_stored_and_returned_as_text_and_a_guide_id_that_is_no_guide_is_refused()
            throws Exception {
        String quoted = SCRIPT.replace("\"", "\\\"");
        List<Long> before = onlineRequests();
        for (String guide : List.of(quoted, "Jane Doe, 613 555 0199", "passport-renewal-but-not")) {
            http.perform(post("/api/v1/help-requests").param("lang", "fr").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"lang\":\"fr\",\"guideId\":\"" + guide + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("/api/v1/problems/help-request-invalid-guide"))
                    .andExpect(jsonPath("$.detail", containsString("guide publié")));
        }
        assertThat(onlineRequests()).as("no request recorded with a made-up guide").isSubsetOf(before);

        Created asked = create("{\"lang\":\"en\",\"guideId\":\"passport-renewal\",\"step\":2,\"transcript\":["
                + "{\"speaker\":\"citizen\",\"text\":\"" + quoted + "\"}]}");
        http.perform(as(post("/api/v1/help-requests/{id}/messages", asked.id()), asked.token())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"" + quoted + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.text").value(SCRIPT));

        assertThat(handoff.transcript(asked.id())).extracting(TranscriptLine::text).containsOnly(SCRIPT);
        assertThat(handoff.requestOf(asked.id()).orElseThrow().guideId()).isEqualTo("passport-renewal");
        http.perform(as(get("/api/v1/help-requests/{id}", asked.id()), asked.token()))
                .andExpect(header().string("Content-Type", containsString("application/json")))
                .andExpect(jsonPath("$.messages[*].text", hasItem(SCRIPT)));
    }

    @Test
    void a_forged_an_expired_and_another_request_s_token_open_nothing_and_say_nothing_about_the_request()
            throws Exception {
        Created mine = create("{\"lang\":\"en\"}");
        Created theirs = create("{\"lang\":\"en\"}");

        String forged = http.perform(as(get("/api/v1/help-requests/{id}", mine.id()), "x".repeat(43)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("This conversation does not exist or has ended. You can start a new one."))
                .andReturn().getResponse().getContentAsString();
        String others = http.perform(as(get("/api/v1/help-requests/{id}", mine.id()), theirs.token()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String unknown = http.perform(as(get("/api/v1/help-requests/{id}", Long.MAX_VALUE), mine.token()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        // the same answer, but for the address asked
        assertThat(withoutInstance(others)).isEqualTo(withoutInstance(forged)).isEqualTo(withoutInstance(unknown));
        http.perform(get("/api/v1/help-requests/{id}", mine.id()).param("lang", "fr"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.detail", containsString("jeton")));
        http.perform(as(delete("/api/v1/help-requests/{id}", mine.id()), theirs.token()))
                .andExpect(status().isNotFound());
        assertThat(handoff.requestOf(mine.id()).orElseThrow().status().open()).isTrue();

        clock.advance(Duration.ofHours(3));
        try {
            http.perform(as(get("/api/v1/help-requests/{id}", mine.id()), mine.token()))
                    .andExpect(status().isNotFound());
        } finally {
            // agents of other tests in this context are silent by now: they come back on their next test
            TestAgents.onDuty(handoff, AGENT);
        }
    }

    @Test
    void a_transcript_too_long_a_line_too_long_a_bad_line_and_an_invalid_language_are_refused_and_nothing_is_stored()
            throws Exception {
        List<Long> before = onlineRequests();
        String line = "{\"speaker\":\"citizen\",\"text\":\"hello\"},";
        String tooMany = "{\"lang\":\"en\",\"transcript\":[" + line.repeat(51) + "{\"speaker\":\"citizen\",\"text\":\"x\"}]}";
        http.perform(post("/api/v1/help-requests").contentType(MediaType.APPLICATION_JSON).content(tooMany))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail", containsString("50")));
        String huge = "{\"lang\":\"fr\",\"transcript\":[{\"speaker\":\"citizen\",\"text\":\"" + "a".repeat(100_000) + "\"}]}";
        http.perform(post("/api/v1/help-requests").param("lang", "fr").contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.lang").value("fr"));
        http.perform(post("/api/v1/help-requests").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lang\":\"en\",\"transcript\":[{\"speaker\":\"hacker\",\"text\":\"hi\"}]}"))
                .andExpect(status().isBadRequest());
        http.perform(post("/api/v1/help-requests").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lang\":\"klingon\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/invalid-language"));
        http.perform(post("/api/v1/help-requests").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lang\":\"en\",\"step\":0}"))
                .andExpect(status().isBadRequest());
        assertThat(onlineRequests()).as("no request recorded").isSubsetOf(before);
    }

    @Test
    void with_nobody_on_duty_the_chat_is_told_so_and_a_request_nobody_would_see_is_refused() throws Exception {
        List<String> onDuty = handoff.presences().stream().filter(p -> p.status() == PresenceStatus.AVAILABLE)
                .map(p -> p.agent()).toList();
        try {
            onDuty.forEach(agent -> handoff.setStatus(agent, PresenceStatus.AWAY));
            // past the grace period nobody keeps a console open: a request would wait for no one
            clock.advance(Duration.ofMinutes(2));
            http.perform(get("/api/v1/help-requests/availability").param("lang", "en"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.kind").value("nobody"))
                    .andExpect(jsonPath("$.canAsk").value(false))
                    .andExpect(jsonPath("$.reason").isString());
            http.perform(post("/api/v1/help-requests").param("lang", "fr").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"lang\":\"fr\"}"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.detail", containsString("Personne ne peut répondre")));
        } finally {
            TestAgents.onDuty(handoff, onDuty.toArray(String[]::new));
        }
        http.perform(get("/api/v1/help-requests/availability").param("lang", "fr"))
                .andExpect(jsonPath("$.kind").value(org.hamcrest.Matchers.oneOf("on-site", "remote")))
                .andExpect(jsonPath("$.lang").value("fr"));
    }
}
