package org.passerelle.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The API's errors: problem details in the caller's language, for every kind of bad request, never a stack trace. */
@SpringBootTest
@Import(MutableClock.Config.class)
class ApiProblemsTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApiExceptionHandler handler;

    MockMvc http;

    @BeforeEach
    void setUp() {
        http = ApiMockMvc.of(context);
    }

    @Test
    void a_caller_who_asks_an_address_the_api_does_not_serve_gets_a_404_problem_in_english() throws Exception {
        http.perform(get("/api/v1/nothing-here").with(ApiMockMvc.newClient()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/api/v1/problems/not-found"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Nothing is at this address"))
                .andExpect(jsonPath("$.lang").value("en"))
                .andExpect(jsonPath("$.instance").value("/api/v1/nothing-here"))
                .andExpect(jsonPath("$.requestId").isNotEmpty())
                .andExpect(header().exists("X-Request-Id"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void a_caller_who_asks_for_an_unknown_guide_in_french_gets_the_404_in_french() throws Exception {
        http.perform(get("/api/v1/guides/no-such-guide").param("lang", "fr").with(ApiMockMvc.newClient()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/guide-not-found"))
                .andExpect(jsonPath("$.title").value("Ce guide n’existe pas"))
                .andExpect(jsonPath("$.detail").value(containsString("« no-such-guide »")))
                .andExpect(jsonPath("$.lang").value("fr"));
        http.perform(get("/api/v1/guides/no-such-guide").header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5")
                        .with(ApiMockMvc.newClient()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.lang").value("fr"));
    }

    @Test
    void a_language_other_than_english_or_french_is_refused_naming_both() throws Exception {
        http.perform(get("/api/v1/topics").param("lang", "de").with(ApiMockMvc.newClient()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/invalid-language"))
                .andExpect(jsonPath("$.detail").value(containsString("“en”")))
                .andExpect(jsonPath("$.detail").value(containsString("“fr”")));
        http.perform(get("/api/v1/topics").param("lang", "de").header("Accept-Language", "fr")
                        .with(ApiMockMvc.newClient()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.lang").value("fr"));
    }

    @Test
    void a_method_a_route_does_not_take_gets_405_with_the_methods_it_does() throws Exception {
        http.perform(put("/api/v1/topics").with(ApiMockMvc.newClient()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("GET")))
                .andExpect(jsonPath("$.type").value("/api/v1/problems/method-not-allowed"));
        http.perform(options("/api/v1/topics").with(ApiMockMvc.newClient()))
                .andExpect(status().isOk()).andExpect(header().string("Allow", containsString("GET")));
    }

    @Test
    void a_caller_who_accepts_only_html_gets_a_406_problem() throws Exception {
        http.perform(get("/api/v1/topics").accept(MediaType.TEXT_HTML).with(ApiMockMvc.newClient()))
                .andExpect(status().isNotAcceptable())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/not-acceptable"));
    }

    @Test
    void a_parameter_of_the_wrong_type_or_out_of_range_is_a_400_problem() throws Exception {
        http.perform(get("/api/v1/guides").param("limit", "many").with(ApiMockMvc.newClient()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/wrong-type"))
                .andExpect(content().string(not(containsString("Exception"))));
        http.perform(get("/api/v1/guides").param("limit", "1000").with(ApiMockMvc.newClient()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/invalid-parameter"));
    }

    @Test
    void a_body_larger_than_the_limit_is_refused_with_413_before_it_is_read() throws Exception {
        byte[] huge = new byte[70 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        http.perform(post("/api/v1/answers").contentType(MediaType.APPLICATION_JSON).content(huge)
                        .with(ApiMockMvc.newClient()))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/body-too-large"));
    }

    @Test
    void a_page_of_another_site_is_refused_with_a_403_problem_and_no_cors_headers() throws Exception {
        http.perform(get("/api/v1/topics").header("Origin", "https://elsewhere.example").with(ApiMockMvc.newClient()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/origin-not-allowed"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
        http.perform(options("/api/v1/topics").header("Origin", "https://elsewhere.example")
                        .header("Access-Control-Request-Method", "GET").with(ApiMockMvc.newClient()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/origin-not-allowed"));
    }

    @Test
    void an_unexpected_failure_is_a_500_problem_with_a_request_id_and_nothing_of_the_failure() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/topics");
        request.addParameter("lang", "fr");
        ResponseEntity<Object> response = handler.unexpected(
                new IllegalStateException("connection to db-7.internal refused"), new ServletWebRequest(request));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(problem).isNotNull();
        assertThat(problem.getType()).hasToString("/api/v1/problems/internal-error");
        assertThat(problem.getTitle()).isEqualTo("Un problème est survenu de notre côté");
        assertThat(problem.getProperties()).containsKey("requestId").containsEntry("lang", "fr");
        assertThat(problem.toString()).doesNotContain("db-7").doesNotContain("IllegalStateException");
    }
}
