package org.passerelle.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.Step;
import org.passerelle.knowledge.Topic;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pages and their JSON-LD from a knowledge base written to break them: script and comments in every field. */
class GuidePageHtmlTest {

    static final String NASTY = "</script><!-- <script>alert(1)</script> & \"quotes\"";
    static final Addresses ADDRESSES = new Addresses("https://guides.example.ca", "");

    static Guide guide(String title, List<Step> steps) {
        Map<Language, GuideText> texts = new java.util.EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, new GuideText(language, title, "Summary " + NASTY, URI.create("https://www.canada.ca/en.html"),
                    LocalDate.of(2026, 11, 24), steps, List.of("question")));
        }
        return new Guide("nasty", "topic", List.of(), texts);
    }

    static Step step(String title, Optional<String> time, boolean optional) {
        return new Step(title, "Body with <script>alert(2)</script> and [a link](guide:nasty).", optional, false,
                Optional.of("Cost " + NASTY), time, List.of("Bring " + NASTY));
    }

    static KnowledgeBase knowledge(Guide guide) {
        return new KnowledgeBase(List.of(new Topic("topic", "icon", Map.of(Language.EN, "Topic <i>", Language.FR,
                "Sujet <i>"))), List.of(guide), Map.of(), Map.of());
    }

    @Test
    void script_and_comments_in_every_field_are_shown_as_text_and_never_end_the_json_ld() {
        Guide guide = guide("Title " + NASTY, List.of(step("Step " + NASTY, Optional.of("5 minutes"), false)));
        for (Language language : Language.values()) {
            GuidePageHtml pages = new GuidePageHtml(knowledge(guide), ADDRESSES, language, "help-in-person");
            String html = pages.guide(guide);
            Document page = Jsoup.parse(html);
            assertThat(page.select("script")).hasSize(1);
            assertThat(page.select("h1").text()).isEqualTo("Title " + NASTY);
            assertThat(page.select("main i, main img, main b")).isEmpty();
            assertThat(html).doesNotContain("<script>alert", "<!-- <script>").contains("&lt;script&gt;alert(2)");
            String json = page.selectFirst("script").data();
            assertThat(json).doesNotContain("<", ">");
            JsonNode howTo = JsonMapper.builder().build().readTree(json);
            assertThat(howTo.path("name").stringValue()).isEqualTo("Title " + NASTY);
            assertThat(howTo.path("supply").path(0).path("name").stringValue()).isEqualTo("Bring " + NASTY);
            assertThat(page.select(".step-body a").attr("href")).isEqualTo(ADDRESSES.guide(language, "nasty"));
            assertThat(Jsoup.parse(pages.index()).select("section.topic h2").text()).endsWith("<i>");
        }
    }

    @Test
    void the_total_time_is_given_only_when_every_step_is_done_and_takes_an_exact_time() {
        JsonMapper json = JsonMapper.builder().build();
        Guide exact = guide("Exact", List.of(step("One", Optional.of("5 minutes"), false),
                step("Two", Optional.of("1 hour"), false)));
        JsonNode howTo = json.readTree(HowToJsonLd.of(exact, Language.EN, ADDRESSES));
        assertThat(howTo.path("totalTime").stringValue()).isEqualTo("PT1H5M");
        assertThat(howTo.path("step").path(1).path("timeRequired").stringValue()).isEqualTo("PT1H");

        for (Guide unsure : List.of(
                guide("About", List.of(step("One", Optional.of("About 30 minutes"), false))),
                guide("Range", List.of(step("One", Optional.of("15 to 30 minutes"), false))),
                guide("Unstated", List.of(step("One", Optional.of("5 minutes"), false), step("Two", Optional.empty(), false))),
                guide("Optional", List.of(step("One", Optional.of("5 minutes"), true))))) {
            assertThat(json.readTree(HowToJsonLd.of(unsure, Language.EN, ADDRESSES)).has("totalTime"))
                    .as(unsure.id() + " " + unsure.text(Language.EN).title()).isFalse();
        }
        assertThat(StepTime.exact("10 minutes")).contains(Duration.ofMinutes(10));
        assertThat(StepTime.exact("1 heure")).contains(Duration.ofHours(1));
        assertThat(StepTime.exact("Environ 1 heure")).isEmpty();
        assertThat(StepTime.exact("Once a year")).isEmpty();
    }
}
