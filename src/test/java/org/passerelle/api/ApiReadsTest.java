package org.passerelle.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/** The read endpoints on the bundled knowledge base, in both languages, with their caching headers. */
@SpringBootTest
@Import(MutableClock.Config.class)
class ApiReadsTest {

    @Autowired
    WebApplicationContext context;

    MockMvc http;

    @BeforeEach
    void setUp() {
        http = ApiMockMvc.of(context);
    }

    @Test
    void a_caller_lists_the_topics_in_french_with_their_guides_link() throws Exception {
        http.perform(get("/api/v1/topics").param("lang", "fr").with(ApiMockMvc.newClient()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.lang").value("fr"))
                .andExpect(jsonPath("$.items[?(@.id == 'money-benefits')].label").value(hasItem("Argent et prestations")))
                .andExpect(jsonPath("$.items[*].lang", everyItem(is("fr"))))
                .andExpect(jsonPath("$.items[0].links.self").value(containsString("/api/v1/guides?lang=fr&topic=")))
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andExpect(header().exists("ETag"));
    }

    @Test
    void a_caller_reads_one_guide_with_its_steps_as_text_and_html_and_its_other_language() throws Exception {
        http.perform(get("/api/v1/guides/passport-renewal").with(ApiMockMvc.newClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("passport-renewal"))
                .andExpect(jsonPath("$.lang").value("en"))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.lastReviewed").value(org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}")))
                .andExpect(jsonPath("$.steps.length()").value(greaterThan(1)))
                .andExpect(jsonPath("$.steps[0].number").value(1))
                .andExpect(jsonPath("$.steps[0].text").isNotEmpty())
                .andExpect(jsonPath("$.steps[0].html").value(containsString("<")))
                .andExpect(jsonPath("$.steps[0].bring").isArray())
                .andExpect(jsonPath("$.steps[0].optional").isBoolean())
                .andExpect(jsonPath("$.steps[0].orNext").isBoolean())
                .andExpect(jsonPath("$.links.self").value("/api/v1/guides/passport-renewal?lang=en"))
                .andExpect(jsonPath("$.links.alternate").value("/api/v1/guides/passport-renewal?lang=fr"))
                .andExpect(jsonPath("$.links.html").value("/guides/passport-renewal"));
        http.perform(get("/api/v1/guides/passport-renewal").param("lang", "fr").with(ApiMockMvc.newClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lang").value("fr"))
                .andExpect(jsonPath("$.links.html").value("/fr/guides/passport-renewal"));
    }

    @Test
    void a_guide_read_again_with_its_etag_is_not_sent_again() throws Exception {
        MvcResult first = http.perform(get("/api/v1/guides/passport-renewal").with(ApiMockMvc.newClient()))
                .andExpect(status().isOk()).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        http.perform(get("/api/v1/guides/passport-renewal").header("If-None-Match", etag).with(ApiMockMvc.newClient()))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag))
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andExpect(content().string(""));
        // The French guide is another representation: another tag.
        http.perform(get("/api/v1/guides/passport-renewal").param("lang", "fr").header("If-None-Match", etag)
                        .with(ApiMockMvc.newClient()))
                .andExpect(status().isOk()).andExpect(header().string("ETag", not(etag)));
    }

    @Test
    void guides_come_a_page_at_a_time_with_a_link_to_the_next() throws Exception {
        http.perform(get("/api/v1/guides").param("limit", "2").with(ApiMockMvc.newClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.total").value(greaterThan(2)))
                .andExpect(jsonPath("$.links.next").value("/api/v1/guides?lang=en&offset=2&limit=2"))
                .andExpect(jsonPath("$.links.previous").value(nullValue()));
        http.perform(get("/api/v1/guides").param("topic", "money-benefits").param("limit", "100")
                        .with(ApiMockMvc.newClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].topic", everyItem(is("money-benefits"))))
                .andExpect(jsonPath("$.links.next").value(nullValue()));
        http.perform(get("/api/v1/guides").param("topic", "no-such-topic").with(ApiMockMvc.newClient()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/topic-not-found"));
    }

    @Test
    void a_caller_searches_with_a_typo_and_gets_hits_with_text_snippets_and_a_suggestion() throws Exception {
        http.perform(get("/api/v1/search").param("q", "pasport renwal").with(ApiMockMvc.newClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lang").value("en"))
                .andExpect(jsonPath("$.query").value("pasport renwal"))
                .andExpect(jsonPath("$.didYouMean").value("passport renewal"))
                .andExpect(jsonPath("$.items[0].guideId").isNotEmpty())
                .andExpect(jsonPath("$.items[*].snippet", everyItem(not(containsString("<mark>")))))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        http.perform(get("/api/v1/search").with(ApiMockMvc.newClient()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/missing-parameter"));
    }

    @Test
    void a_caller_gets_suggestions_for_the_first_letters() throws Exception {
        http.perform(get("/api/v1/suggestions").param("q", "pass").with(ApiMockMvc.newClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(greaterThan(0)))
                .andExpect(jsonPath("$.items[0]").value(containsString("assport")));
    }

    @Test
    void a_caller_reads_the_life_events_and_one_of_them_with_its_guides() throws Exception {
        http.perform(get("/api/v1/life-events").param("lang", "fr").with(ApiMockMvc.newClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == 'having-a-baby')]").exists())
                .andExpect(header().exists("ETag"));
        http.perform(get("/api/v1/life-events/having-a-baby").with(ApiMockMvc.newClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[0].why").isNotEmpty())
                .andExpect(jsonPath("$.steps[0].guide.links.self").value(containsString("/api/v1/guides/")))
                .andExpect(jsonPath("$.links.alternate").value("/api/v1/life-events/having-a-baby?lang=fr"));
        http.perform(get("/api/v1/life-events/no-such-event").param("lang", "fr").with(ApiMockMvc.newClient()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Ce moment de la vie n’existe pas"));
    }

    @Test
    void a_caller_reads_the_referrals_and_one_by_its_id() throws Exception {
        http.perform(get("/api/v1/referrals").with(ApiMockMvc.newClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == 'health-card')].entries").exists());
        http.perform(get("/api/v1/referrals/health-card").param("lang", "fr").with(ApiMockMvc.newClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lang").value("fr"))
                .andExpect(jsonPath("$.entries[0].province").isNotEmpty())
                .andExpect(jsonPath("$.keywords").isArray());
        http.perform(get("/api/v1/referrals/no-such-referral").with(ApiMockMvc.newClient()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/referral-not-found"));
    }

    @Test
    void script_in_an_id_or_a_query_comes_back_as_json_text_never_as_markup() throws Exception {
        String script = "<script>alert(1)</script>";
        http.perform(get("/api/v1/search").param("q", script).with(ApiMockMvc.newClient()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(jsonPath("$.query").value(script));
        http.perform(get("/api/v1/suggestions").param("q", script).with(ApiMockMvc.newClient()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.query").value(script));
        String markup = "<img src=x onerror=alert(1)>";
        http.perform(get("/api/v1/guides/{id}", markup).with(ApiMockMvc.newClient()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString(markup)));
        http.perform(get("/api/v1/topics").param("lang", script).with(ApiMockMvc.newClient()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/invalid-language"));
    }
}
