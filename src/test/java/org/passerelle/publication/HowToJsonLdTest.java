package org.passerelle.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON-LD of every guide page, in both languages, has schema.org's {@code HowTo} shape ({@link HowToShape}, after
 * the vocabulary excerpt in the test resources), and says what the page says.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
class HowToJsonLdTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HowToShape SHAPE = HowToShape.fromSchemaOrgExcerpt();

    @Autowired
    WebApplicationContext context;

    @Autowired
    KnowledgeService knowledge;

    @Test
    void every_guide_page_in_both_languages_carries_valid_schema_org_how_to_json_ld() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        int timed = 0;
        for (Guide guide : knowledge.current().guides()) {
            for (Language language : Language.values()) {
                String path = (language == Language.EN ? "" : "/fr") + "/guides/" + guide.id();
                String html = http.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                Document page = Jsoup.parse(html);
                List<Element> scripts = page.select("script[type=application/ld+json]");
                assertThat(scripts).as(path).hasSize(1);
                JsonNode howTo = JSON.readTree(scripts.getFirst().data());
                SHAPE.problems(howTo).forEach(p -> problems.add(path + " " + p));
                GuideText text = guide.text(language);
                assertThat(howTo.path("name").stringValue()).isEqualTo(text.title());
                assertThat(howTo.path("inLanguage").stringValue()).isEqualTo(language.code());
                assertThat(howTo.path("url").stringValue()).isEqualTo("http://localhost" + path);
                assertThat(howTo.path("dateModified").stringValue()).isEqualTo(text.lastReviewed().toString());
                assertThat(howTo.path("step").size()).isEqualTo(text.steps().size());
                assertThat(howTo.path("step").path(0).path("url").stringValue())
                        .isEqualTo("http://localhost" + path + "#step-1");
                boolean brings = text.steps().stream().anyMatch(s -> !s.bring().isEmpty());
                assertThat(howTo.has("supply")).as(path + " supply").isEqualTo(brings);
                boolean costs = text.steps().stream().anyMatch(s -> s.cost().isPresent());
                assertThat(howTo.has("estimatedCost")).as(path + " cost").isEqualTo(costs);
                for (JsonNode step : howTo.path("step")) {
                    timed += step.has("timeRequired") ? 1 : 0;
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(2 * knowledge.current().guides().size()).isPositive();
        assertThat(timed).as("steps with an exact time").isPositive();
        assertThat(problems).isEmpty();
    }

    @Test
    void the_check_finds_what_is_wrong_in_a_document_that_does_not_have_the_shape() {
        ObjectNode wrong = (ObjectNode) JSON.readTree("""
                {"@context": "https://schema.org", "@type": "HowTo", "name": "Renew your passport",
                 "totalTime": "about 30 minutes", "url": "/guides/passport-renewal", "dateModified": "24 Nov 2026",
                 "cookingMethod": "bake", "estimatedCost": {"@type": "Offer", "price": 5},
                 "supply": [{"@type": "HowToSupply"}],
                 "step": [{"@type": "HowToStep", "position": 2, "text": "First"},
                          {"@type": "HowToStep", "position": "one", "text": ""},
                          {"@type": "HowToStep", "position": 3, "text": "Third", "url": 7, "colour": "red"}]}
                """);
        assertThat(SHAPE.problems(wrong)).containsExactlyInAnyOrder(
                "$.totalTime: \"about 30 minutes\" is not Duration",
                "$.url: \"/guides/passport-renewal\" is not URL",
                "$.dateModified: \"24 Nov 2026\" is not Date or DateTime",
                "$.cookingMethod: cookingMethod is not a property of HowTo",
                "$.estimatedCost: a node of type 'Offer' where " + typesOf("HowTo", "estimatedCost") + " is expected",
                "$.supply[0]: HowToSupply needs name",
                "$.step[1].text: \"\" is not Text",
                "$.step[2].url: 7 is not URL",
                "$.step[2].colour: colour is not a property of HowToStep",
                "$.step[0].position: must be 1, is 2",
                "$.step[1].position: must be 2, is \"one\"");

        wrong.remove(List.of("@context", "name", "step", "totalTime", "url", "dateModified", "cookingMethod",
                "estimatedCost", "supply"));
        wrong.put("@type", "Recipe");
        assertThat(SHAPE.problems(wrong)).containsExactlyInAnyOrder("$.@context: must be https://schema.org",
                "$.@type: must be HowTo", "$: HowTo needs @context", "$: HowTo needs name", "$: HowTo needs step");
    }

    private static Set<String> typesOf(String type, String property) {
        Set<String> types = new LinkedHashSet<>();
        JSON.readTree(HowToJsonLdTest.class.getResourceAsStream("/publication/schema-org-howto.json"))
                .path("types").path(type).path(property).forEach(t -> types.add(t.stringValue()));
        return types;
    }
}
