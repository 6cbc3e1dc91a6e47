package org.passerelle.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.content.ContentService;
import org.passerelle.content.Publications;
import org.passerelle.i18n.Messages;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.NodeList;

/**
 * The open guide pages through the whole filter chain (security's public channel, the security headers), on the
 * application's shared test context and its bundled knowledge base.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
class GuidePagesTest {

    static final String ORIGIN = "http://localhost";

    @Autowired
    WebApplicationContext context;

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    ContentService content;

    MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    static String path(Language language) {
        return language == Language.EN ? "/guides" : "/fr/guides";
    }

    Document page(String path) throws Exception {
        MvcResult result = http.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html")).andReturn();
        assertThat(result.getRequest().getSession(false)).as("a session for " + path).isNull();
        assertThat(result.getResponse().getCookies()).as("cookies of " + path).isEmpty();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8), ORIGIN + path);
    }

    static Map<String, String> alternates(Document page) {
        Map<String, String> alternates = new TreeMap<>();
        page.select("link[rel=alternate][hreflang]").forEach(l -> alternates.put(l.attr("hreflang"), l.attr("href")));
        return alternates;
    }

    @Test
    void anyone_reads_the_english_and_french_indexes_with_every_published_guide_under_its_topic() throws Exception {
        KnowledgeBase current = knowledge.current();
        assertThat(current.guides()).isNotEmpty();
        for (Language language : Language.values()) {
            Document page = page(path(language));
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language.code());
            assertThat(page.select("h1")).hasSize(1);
            assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(ORIGIN + path(language));
            assertThat(alternates(page)).isEqualTo(Map.of("en", ORIGIN + "/guides", "fr", ORIGIN + "/fr/guides",
                    "x-default", ORIGIN + "/guides"));
            for (Guide guide : current.guides()) {
                Element link = page.selectFirst("main a[href=\"" + ORIGIN + path(language) + "/" + guide.id() + "\"]");
                assertThat(link).as(guide.id()).isNotNull();
                assertThat(link.text()).isEqualTo(guide.text(language).title());
                String topic = current.topic(guide.topic()).orElseThrow().label(language);
                assertThat(link.closest("section").selectFirst("h2").text()).isEqualTo(topic);
            }
            assertThat(page.select("script")).as("no script on the index").isEmpty();
        }
        assertThat(page("/fr/guides").selectFirst("h1").text()).isEqualTo("Guides des services gouvernementaux");
    }

    @Test
    void every_guide_has_a_page_in_each_language_with_every_step_and_links_to_its_other_language() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Guide guide : knowledge.current().guides()) {
            for (Language language : Language.values()) {
                GuideText text = guide.text(language);
                String path = path(language) + "/" + guide.id();
                Document page = page(path);
                String self = ORIGIN + path;
                check(problems, path + " lang", page.selectFirst("html").attr("lang"), language.code());
                check(problems, path + " h1", page.select("h1").text(), text.title());
                check(problems, path + " canonical", page.selectFirst("link[rel=canonical]").attr("href"), self);
                check(problems, path + " description", page.selectFirst("meta[name=description]").attr("content"),
                        text.summary());
                check(problems, path + " hreflang", alternates(page).toString(), new TreeMap<>(Map.of(
                        "en", ORIGIN + "/guides/" + guide.id(), "fr", ORIGIN + "/fr/guides/" + guide.id(),
                        "x-default", ORIGIN + "/guides/" + guide.id())).toString());
                Language other = language.other();
                Element switcher = page.selectFirst("header nav a[hreflang=" + other.code() + "]");
                check(problems, path + " other language", switcher == null ? "" : switcher.attr("href"),
                        path(other) + "/" + guide.id());
                check(problems, path + " steps", String.valueOf(page.select("ol.steps > li").size()),
                        String.valueOf(text.steps().size()));
                for (int i = 0; i < text.steps().size(); i++) {
                    Element step = page.getElementById("step-" + (i + 1));
                    check(problems, path + " step " + (i + 1), step == null ? "" : step.selectFirst("h3").text(),
                            Jsoup.parse(Messages.get(language, "pages.step", i + 1,
                                    text.steps().get(i).title())).text());
                }
                if (guide.id().equals("passport-renewal")) {
                    // Online, by mail or in person: three ways to do one thing, said on each of the three steps.
                    check(problems, path + " alternatives", page.select("#step-4 .note").text(),
                            Messages.get(language, "pages.alternatives", 3, 5, 3));
                    check(problems, path + " alternatives", page.select("#step-1 .note").text(), "");
                }
                check(problems, path + " official link", page.select("a.official-link").attr("href"),
                        text.officialLink().toString());
                check(problems, path + " last checked", page.select(".last-reviewed time").attr("datetime"),
                        text.lastReviewed().toString());
                check(problems, path + " get help", String.valueOf(page.select("aside.get-help").size()), "1");
                check(problems, path + " skip link", page.select("a.skip-link").attr("href"), "#main");
                check(problems, path + " headings in order", String.valueOf(headingsInOrder(page)), "true");
                check(problems, path + " only the JSON-LD script", page.select("script").eachAttr("type").toString(),
                        "[application/ld+json]");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(List<String> problems, String what, String actual, String expected) {
        if (!actual.equals(expected)) {
            problems.add(what + ": " + actual + " instead of " + expected);
        }
    }

    /** No heading level is skipped on the way down (h1 then h2, never h1 then h3). */
    private static boolean headingsInOrder(Document page) {
        int level = 0;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int next = heading.tagName().charAt(1) - '0';
            if (next > level + 1) {
                return false;
            }
            level = next;
        }
        return level > 0;
    }

    @Test
    void a_guide_that_does_not_exist_gets_a_404_page_in_the_language_of_its_address() throws Exception {
        for (Language language : Language.values()) {
            for (String missing : List.of("/no-such-guide", "/passport-renewal/extra", "/")) {
                MockHttpServletResponse response = http.perform(get(path(language) + missing))
                        .andExpect(status().isNotFound()).andReturn().getResponse();
                Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
                assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language.code());
                assertThat(page.select("h1").text())
                        .isEqualTo(Messages.get(language, "pages.notFound.title"));
                assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
                assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("no-such-guide");
            }
        }
    }

    @Test
    void an_address_with_markup_dots_or_ten_thousand_characters_gets_a_404_that_does_not_repeat_it() throws Exception {
        String huge = "a".repeat(10_000);
        for (String id : List.of("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "<script>alert(1)</script>", huge,
                "..", "%2E%2E", "passport-renewal%00", "%22%3E%3Cimg%20src=x%3E")) {
            for (Language language : Language.values()) {
                MockHttpServletResponse response = http.perform(get(path(language) + "/" + id))
                        .andReturn().getResponse();
                String body = response.getContentAsString(StandardCharsets.UTF_8);
                assertThat(response.getStatus()).as(id).isBetween(400, 404);
                assertThat(body).as(id).doesNotContain("<script>alert", "<img", huge, "alert(1)");
            }
        }
    }

    @Test
    void a_browser_that_has_the_page_gets_a_304_and_pages_may_be_kept_a_few_minutes() throws Exception {
        for (String path : List.of("/guides", "/fr/guides", "/guides/passport-renewal", "/fr/guides/passport-renewal",
                "/sitemap.xml")) {
            MockHttpServletResponse first = http.perform(get(path)).andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=300, public"))
                    .andReturn().getResponse();
            assertThat(first.getHeaders(HttpHeaders.CACHE_CONTROL)).as(path).hasSize(1);
            String etag = first.getHeader(HttpHeaders.ETAG);
            assertThat(etag).as(path).matches("\"" + knowledge.current().revision() + "-[0-9a-f]{24}\"");
            MockHttpServletResponse again = http.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag))
                    .andExpect(status().isNotModified()).andReturn().getResponse();
            assertThat(again.getContentAsByteArray()).isEmpty();
            http.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, "\"0-000000000000000000000000\""))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void the_sitemap_is_xml_listing_both_indexes_and_every_guide_in_both_languages_with_alternates() throws Exception {
        MockHttpServletResponse response = http.perform(get("/sitemap.xml")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/xml")).andReturn().getResponse();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.getContentAsByteArray()));
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(Sitemap.SITEMAP);
        NodeList urls = xml.getElementsByTagNameNS(Sitemap.SITEMAP, "url");
        Set<String> listed = new HashSet<>();
        Map<String, String> lastmod = new HashMap<>();
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(Sitemap.SITEMAP, "loc").item(0).getTextContent();
            listed.add(loc);
            lastmod.put(loc, url.getElementsByTagNameNS(Sitemap.SITEMAP, "lastmod").item(0).getTextContent());
            NodeList links = url.getElementsByTagNameNS(Sitemap.XHTML, "link");
            Set<String> hreflangs = new HashSet<>();
            for (int j = 0; j < links.getLength(); j++) {
                org.w3c.dom.Element link = (org.w3c.dom.Element) links.item(j);
                assertThat(link.getAttribute("rel")).isEqualTo("alternate");
                hreflangs.add(link.getAttribute("hreflang"));
                assertThat(link.getAttribute("href")).startsWith(ORIGIN + "/");
            }
            assertThat(hreflangs).as(loc).containsExactlyInAnyOrder("en", "fr", "x-default");
        }
        KnowledgeBase current = knowledge.current();
        Set<String> expected = new HashSet<>(Set.of(ORIGIN + "/guides", ORIGIN + "/fr/guides"));
        for (Guide guide : current.guides()) {
            expected.add(ORIGIN + "/guides/" + guide.id());
            expected.add(ORIGIN + "/fr/guides/" + guide.id());
            assertThat(lastmod.get(ORIGIN + "/fr/guides/" + guide.id()))
                    .isEqualTo(guide.text(Language.FR).lastReviewed().toString());
        }
        assertThat(listed).hasSize(2 + 2 * current.guides().size()).isEqualTo(expected);
    }

    @Test
    void a_guide_an_editor_has_only_drafted_has_no_page_and_is_not_in_the_sitemap() throws Exception {
        Publications.Published draft = Publications.draftNewGuide(content, "draft-page");
        for (Language language : Language.values()) {
            String body = http.perform(get(path(language) + "/" + draft.id())).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).doesNotContain(draft.word());
            assertThat(http.perform(get(path(language))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)).doesNotContain(draft.id(), draft.word());
        }
        assertThat(http.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(draft.id());
    }

    @Test
    void a_publication_shows_on_the_pages_at_once_and_a_script_in_its_title_is_shown_as_text() throws Exception {
        KnowledgeBase before = knowledge.current();
        Guide guide = before.guide("passport-renewal").orElseThrow();
        GuideText en = guide.text(Language.EN);
        String title = "Renew <script>alert('x')</script> now";
        GuideText changed = new GuideText(Language.EN, title, en.summary() + " <b>bold</b>", en.officialLink(),
                en.lastReviewed(), en.steps(), en.questions());
        Guide edited = new Guide(guide.id(), guide.topic(), guide.related(), Map.of(Language.EN, changed,
                Language.FR, guide.text(Language.FR)));
        List<Guide> guides = before.guides().stream().map(g -> g.id().equals(guide.id()) ? edited : g).toList();
        // The same revision: a newer one would run ahead of the content database's count of publications, which
        // other tests publish against.
        KnowledgeBase published = new KnowledgeBase(before.topics(), guides, before.systemPhrases(),
                before.synonyms(), before.lifeEvents(), before.referralFiles()).withRevision(before.revision());
        String etagBefore = http.perform(get("/guides/passport-renewal")).andReturn().getResponse()
                .getHeader(HttpHeaders.ETAG);
        assertThat(knowledge.replace(published)).isTrue();
        try {
            MockHttpServletResponse response = http.perform(get("/guides/passport-renewal")
                    .header(HttpHeaders.IF_NONE_MATCH, etagBefore)).andExpect(status().isOk()).andReturn().getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            Document page = Jsoup.parse(body);
            assertThat(page.selectFirst("h1").text()).isEqualTo(title);
            assertThat(page.select("script").eachAttr("type")).containsExactly("application/ld+json");
            assertThat(body).doesNotContain("<script>alert", "<b>bold").contains("&lt;script&gt;");
            assertThat(page("/guides").select("a[href=\"" + ORIGIN + "/guides/passport-renewal\"]").text()).isEqualTo(title);
        } finally {
            knowledge.replace(before);
        }
        assertThat(page("/guides/passport-renewal").selectFirst("h1").text()).isEqualTo(guide.text(Language.EN).title());
    }
}
