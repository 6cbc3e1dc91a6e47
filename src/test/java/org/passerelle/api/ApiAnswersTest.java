package org.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.handoff.Channel;
import org.passerelle.kiosk.QuestionAnswered;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/answers}: the kiosk's decision, counted in insights, and every bad body refused. */
@SpringBootTest
@Import(MutableClock.Config.class)
@RecordApplicationEvents
class ApiAnswersTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApplicationEvents events;

    MockMvc http;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        http = ApiMockMvc.of(context);
    }

    private ResultActions ask(String body) throws Exception {
        return http.perform(post("/api/v1/answers").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(ApiMockMvc.newClient()));
    }

    private ResultActions askQuestion(String question, String lang) throws Exception {
        return ask(json.writeValueAsString(java.util.Map.of("question", question, "lang", lang)));
    }

    @Test
    void a_clear_question_gets_the_guide_with_its_confidence_and_counts_in_insights_as_the_api() throws Exception {
        askQuestion("how do i get a social insurance number", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("guide"))
                .andExpect(jsonPath("$.lang").value("en"))
                .andExpect(jsonPath("$.band").value("high"))
                .andExpect(jsonPath("$.confidence").value(greaterThanOrEqualTo(0.8)))
                .andExpect(jsonPath("$.guide.id").isNotEmpty())
                .andExpect(jsonPath("$.guide.links.self").value(containsString("/api/v1/guides/")))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        assertThat(events.stream(QuestionAnswered.class))
                .anySatisfy(e -> {
                    assertThat(e.channel()).isEqualTo(Channel.API);
                    assertThat(e.outcome()).isEqualTo(QuestionAnswered.Outcome.GUIDE);
                });
    }

    @Test
    void a_french_question_sent_as_english_is_answered_in_french_as_on_the_kiosk() throws Exception {
        askQuestion("je voudrais renouveler mon passeport qui est expiré", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lang").value("fr"))
                .andExpect(jsonPath("$.guide.id").value("passport-renewal"))
                .andExpect(jsonPath("$.guide.lang").value("fr"));
    }

    @Test
    void each_kind_of_answer_comes_with_its_fields() throws Exception {
        askQuestion("passport", "en").andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("clarification"))
                .andExpect(jsonPath("$.candidates.length()").value(greaterThan(1)));
        askQuestion("who won the hockey game last night", "en").andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("not-understood"))
                .andExpect(jsonPath("$.helperFirst").value(false));
        askQuestion("renew my health card", "en").andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("referral"))
                .andExpect(jsonPath("$.referral.id").value("health-card"));
        askQuestion("merci beaucoup", "fr").andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("system"))
                .andExpect(jsonPath("$.intent").value("thanks"));
    }

    @Test
    void a_caller_whose_earlier_answers_were_not_understood_gets_a_person_offered_first_as_on_the_kiosk()
            throws Exception {
        ask("""
                {"question":"who won the hockey game last night","lang":"en","notUnderstoodInARow":5,
                 "channel":"web"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("not-understood"))
                .andExpect(jsonPath("$.helperFirst").value(true));
        assertThat(events.stream(QuestionAnswered.class)).anySatisfy(e -> {
            assertThat(e.channel()).as("the web chat's questions counted as the web chat's").isEqualTo(Channel.WEB);
            assertThat(e.outcome()).isEqualTo(QuestionAnswered.Outcome.NOT_UNDERSTOOD);
        });
    }

    @Test
    void a_negative_or_absurd_count_and_an_unknown_channel_are_each_a_400_naming_the_field() throws Exception {
        ask("{\"question\":\"passport\",\"notUnderstoodInARow\":-1}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/invalid-parameter"))
                .andExpect(jsonPath("$.detail").value(containsString("notUnderstoodInARow")));
        ask("{\"question\":\"passport\",\"notUnderstoodInARow\":100000}").andExpect(status().isBadRequest());
        ask("{\"question\":\"passport\",\"channel\":\"kiosk\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("channel")));
    }

    @Test
    void script_in_the_question_is_returned_as_json_text() throws Exception {
        String script = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        askQuestion(script, "en").andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.question").value(script))
                .andExpect(jsonPath("$.kind").value("not-understood"));
        ask("{\"question\": \"passport\", \"lang\": \"<script>alert(1)</script>\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/invalid-language"));
    }

    @Test
    void a_question_of_100000_characters_is_refused_before_anything_reads_it_and_nothing_is_counted()
            throws Exception {
        long before = events.stream(QuestionAnswered.class).count();
        long start = System.nanoTime();
        askQuestion("passport ".repeat(11_112).substring(0, 100_000), "en")
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/body-too-large"));
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2_000);
        // Under the body limit but over the question's: refused before the assistant, in French when asked.
        http.perform(post("/api/v1/answers").param("lang", "fr").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(java.util.Map.of("question", "passeport ".repeat(500))))
                        .with(ApiMockMvc.newClient()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/question-too-long"))
                .andExpect(jsonPath("$.detail").value(containsString("1000")))
                .andExpect(jsonPath("$.lang").value("fr"));
        assertThat(events.stream(QuestionAnswered.class).count()).isEqualTo(before);
    }

    @Test
    void an_empty_question_is_a_400_problem() throws Exception {
        askQuestion("   ", "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/question-empty"));
        ask("{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/question-empty"));
    }

    @Test
    void malformed_json_wrong_types_and_unknown_fields_are_each_a_clear_400() throws Exception {
        ask("{\"question\": \"passport\"").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/malformed-json"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("jackson"))));
        ask("not json at all").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/malformed-json"));
        ask("").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/malformed-json"));
        ask("{\"question\": {\"text\": \"passport\"}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/wrong-type"))
                .andExpect(jsonPath("$.detail").value(containsString("question")));
        ask("{\"question\": \"passport\", \"kioskId\": \"library-3\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/unknown-field"))
                .andExpect(jsonPath("$.detail").value(containsString("kioskId")));
    }

    @Test
    void a_body_that_is_not_json_is_a_415_problem() throws Exception {
        http.perform(post("/api/v1/answers").contentType(MediaType.TEXT_PLAIN).content("passport")
                        .with(ApiMockMvc.newClient()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/unsupported-media-type"))
                .andExpect(jsonPath("$.detail").value(containsString("application/json")));
    }
}
