package org.passerelle.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * The per-client limits with small sizes (5 reads and 2 questions a minute), and CORS with one allowed site: a
 * context of its own, since every other API test needs the limits out of its way and no origin.
 */
@SpringBootTest(properties = {"passerelle.api.read-max=5", "passerelle.api.read-refill=1m",
        "passerelle.api.answer-max=2", "passerelle.api.answer-refill=1m",
        "passerelle.api.allowed-origins=https://library.example"})
@Import(MutableClock.Config.class)
class ApiLimitsTest {

    static final String ALLOWED = "https://library.example";

    @Autowired
    WebApplicationContext context;

    @Autowired
    MutableClock clock;

    MockMvc http;

    @BeforeEach
    void setUp() {
        http = ApiMockMvc.of(context);
    }

    @Test
    void a_burst_of_reads_beyond_the_limit_gets_429_with_retry_after_and_the_next_token_comes_back_in_time()
            throws Exception {
        RequestPostProcessor client = ApiMockMvc.newClient();
        for (int i = 0; i < 5; i++) {
            http.perform(get("/api/v1/topics").with(client)).andExpect(status().isOk());
        }
        http.perform(get("/api/v1/topics").param("lang", "fr").with(client))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "12"))
                .andExpect(jsonPath("$.type").value("/api/v1/problems/rate-limited"))
                .andExpect(jsonPath("$.detail").value(containsString("12 secondes")));
        // Another client is not held back by this one.
        http.perform(get("/api/v1/topics").with(ApiMockMvc.newClient())).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(12));
        http.perform(get("/api/v1/topics").with(client)).andExpect(status().isOk());
        http.perform(get("/api/v1/topics").with(client)).andExpect(status().isTooManyRequests());
    }

    @Test
    void questions_have_a_tighter_limit_than_reads() throws Exception {
        RequestPostProcessor client = ApiMockMvc.newClient();
        for (int i = 0; i < 2; i++) {
            http.perform(post("/api/v1/answers").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"question\": \"hello\"}").with(client)).andExpect(status().isOk());
        }
        http.perform(post("/api/v1/answers").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\": \"hello\"}").with(client))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "30"));
        // Reads still go ahead: two of the five were used by the questions.
        http.perform(get("/api/v1/topics").with(client)).andExpect(status().isOk());
    }

    @Test
    void a_page_of_an_allowed_site_reads_the_api_and_its_headers() throws Exception {
        http.perform(get("/api/v1/topics").header("Origin", ALLOWED).with(ApiMockMvc.newClient()))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", ALLOWED))
                .andExpect(header().string("Access-Control-Expose-Headers", containsString("ETag")))
                .andExpect(header().string("Access-Control-Expose-Headers", containsString("Retry-After")))
                .andExpect(header().doesNotExist("Access-Control-Allow-Credentials"));
        http.perform(options("/api/v1/answers").header("Origin", ALLOWED)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type")
                        .with(ApiMockMvc.newClient()))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", ALLOWED))
                .andExpect(header().string("Access-Control-Allow-Methods", containsString("POST")));
    }

    @Test
    void another_site_or_a_preflight_for_a_header_not_allowed_gets_a_403_problem() throws Exception {
        http.perform(options("/api/v1/answers").header("Origin", "https://library.example.evil.test")
                        .header("Access-Control-Request-Method", "POST").with(ApiMockMvc.newClient()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/origin-not-allowed"));
        http.perform(options("/api/v1/answers").header("Origin", ALLOWED)
                        .header("Access-Control-Request-Method", "PUT").with(ApiMockMvc.newClient()))
                .andExpect(status().isForbidden());
        http.perform(post("/api/v1/answers").header("Origin", "http://attacker.test")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"question\": \"hello\"}")
                        .with(ApiMockMvc.newClient()))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }

    @Test
    void a_refused_origin_costs_no_token_of_the_clients_limits() throws Exception {
        RequestPostProcessor client = ApiMockMvc.newClient();
        for (int i = 0; i < 10; i++) {
            http.perform(get("/api/v1/topics").header("Origin", "http://attacker.test").with(client))
                    .andExpect(status().isForbidden());
        }
        http.perform(get("/api/v1/topics").with(client)).andExpect(status().isOk());
    }
}
