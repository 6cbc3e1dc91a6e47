package org.passerelle.opendata;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.insights.OpenData;
import org.passerelle.security.RateLimits;
import org.passerelle.site.SiteService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * A client that downloads the daily figures in a loop is told to wait, in its language, and other clients are not;
 * the controller is built here with a small limit, on the shared context's services.
 */
@SpringBootTest
class OpenDataLimitTest {

    @Autowired
    OpenData openData;

    @Autowired
    SiteService sites;

    @Autowired
    RateLimits limits;

    MockMvc http;

    @BeforeEach
    void setUp() {
        OpenDataSettings small = new OpenDataSettings(2, Duration.ofMinutes(1), 100);
        http = MockMvcBuilders.standaloneSetup(new OpenDataController(openData, sites, limits, small)).build();
    }

    private static MockHttpServletRequestBuilder from(String address, String path) {
        return get(path).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    @Test
    void a_client_downloading_in_a_loop_gets_429_with_retry_after_in_its_language_and_others_still_download()
            throws Exception {
        http.perform(from("203.0.113.7", "/open-data/daily.csv")).andExpect(status().isOk());
        http.perform(from("203.0.113.7", "/open-data/daily.json")).andExpect(status().isOk());

        http.perform(from("203.0.113.7", "/fr/open-data/daily.csv"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Attendez 30 secondes")));
        http.perform(from("203.0.113.7", "/open-data/daily.json"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.title").value("Too many downloads"));

        http.perform(from("198.51.100.4", "/open-data/daily.csv")).andExpect(status().isOk());
    }

    @Test
    void a_mistyped_date_and_the_data_dictionary_cost_a_client_nothing() throws Exception {
        for (int i = 0; i < 3; i++) {
            http.perform(from("192.0.2.44", "/open-data/daily.csv").param("from", "yesterday"))
                    .andExpect(status().isBadRequest());
            http.perform(from("192.0.2.44", "/open-data/dictionary.csv")).andExpect(status().isOk());
        }
        http.perform(from("192.0.2.44", "/open-data/daily.csv")).andExpect(status().isOk());
    }
}
