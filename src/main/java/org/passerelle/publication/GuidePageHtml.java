package org.passerelle.publication;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.passerelle.i18n.Messages;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.Markdown;
import org.passerelle.knowledge.Step;
import org.passerelle.knowledge.Topic;

/**
 * The open pages as HTML, built as a jsoup tree: every text from the knowledge base goes in through
 * {@link Element#text} or an attribute, which jsoup escapes, so a title holding {@code <script>} is shown as text; the
 * only markup taken as it is comes from {@link Markdown#toSafeHtml}, which cleans it with an allow-list. No script
 * runs on these pages (the JSON-LD is data), and they read the same with JavaScript off, on a phone and on paper.
 * Links to guides are absolute, so that a printed page writes out their addresses as it does the official pages'.
 */
final class GuidePageHtml {

    private final KnowledgeBase knowledge;
    private final Addresses addresses;
    private final Language language;
    private final String helpGuide;

    GuidePageHtml(KnowledgeBase knowledge, Addresses addresses, Language language, String helpGuide) {
        this.knowledge = knowledge;
        this.addresses = addresses;
        this.language = language;
        this.helpGuide = helpGuide;
    }

    /** Every guide of every topic, topic by topic, in the knowledge base's order. */
    String index() {
        Document page = frame(t("pages.index.title"), t("pages.index.description"), Addresses::index);
        Element main = main(page);
        main.appendElement("h1").text(t("pages.index.title"));
        main.appendElement("p").addClass("summary").text(t("pages.index.intro"));
        for (Topic topic : knowledge.topics()) {
            List<Guide> guides = knowledge.guidesInTopic(topic.id());
            if (guides.isEmpty()) {
                continue;
            }
            Element section = main.appendElement("section").addClass("topic").attr("aria-labelledby", "topic-" + topic.id());
            section.appendElement("h2").id("topic-" + topic.id()).text(topic.label(language));
            Element list = section.appendElement("ul").addClass("guide-list");
            for (Guide guide : guides) {
                Element item = list.appendElement("li");
                item.appendElement("a").attr("href", addresses.guide(language, guide.id()))
                        .text(guide.text(language).title());
                item.appendElement("p").text(guide.text(language).summary());
            }
        }
        help(main, Optional.empty());
        return html(page);
    }

    /** One guide: its steps with their details, the official page, related guides, and where to get help. */
    String guide(Guide guide) {
        GuideText text = guide.text(language);
        Document page = frame(text.title(), text.summary(), (a, l) -> a.guide(l, guide.id()));
        page.head().appendElement("script").attr("type", "application/ld+json")
                .appendChild(new DataNode(HowToJsonLd.of(guide, language, addresses)));
        Element main = main(page);
        main.appendElement("p").addClass("breadcrumb").appendElement("a")
                .attr("href", addresses.indexPath(language)).text(t("pages.allGuides"));
        main.appendElement("h1").text(text.title());
        main.appendElement("p").addClass("summary").text(text.summary());
        lastReviewed(main, text.lastReviewed());

        Element steps = main.appendElement("section").attr("aria-labelledby", "steps");
        steps.appendElement("h2").id("steps").text(t("pages.steps"));
        Element list = steps.appendElement("ol").addClass("steps");
        for (int i = 0; i < text.steps().size(); i++) {
            step(list.appendElement("li").id(Addresses.stepAnchor(i + 1)), text.steps(), i);
        }

        Element official = main.appendElement("section").attr("aria-labelledby", "official");
        official.appendElement("h2").id("official").text(t("pages.official"));
        String link = text.officialLink().toString();
        official.appendElement("p").appendElement("a").addClass("official-link").attr("href", link)
                .text(t("pages.officialLink", text.officialLink().getHost()));

        List<Guide> related = guide.related().stream().map(knowledge::guide).flatMap(Optional::stream).toList();
        if (!related.isEmpty()) {
            Element section = main.appendElement("section").attr("aria-labelledby", "related");
            section.appendElement("h2").id("related").text(t("pages.related"));
            Element ul = section.appendElement("ul").addClass("guide-list");
            related.forEach(r -> ul.appendElement("li").appendElement("a")
                    .attr("href", addresses.guide(language, r.id())).text(r.text(language).title()));
        }
        help(main, Optional.of(guide.id()));
        return html(page);
    }

    /** The page for an address that names no published guide; it never repeats the address. */
    String notFound() {
        Document page = frame(t("pages.notFound.title"), t("pages.notFound.text"), Addresses::index);
        page.head().select("link[rel=canonical], link[rel=alternate]").remove();
        page.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
        Element main = main(page);
        main.appendElement("h1").text(t("pages.notFound.title"));
        main.appendElement("p").text(t("pages.notFound.text"));
        main.appendElement("p").appendElement("a").attr("href", addresses.indexPath(language))
                .text(t("pages.notFound.back"));
        help(main, Optional.empty());
        return html(page);
    }

    private void step(Element item, List<Step> all, int index) {
        Step step = all.get(index);
        item.addClass("step");
        item.appendElement("h3").text(t("pages.step", index + 1, step.title()));
        if (step.optional()) {
            item.appendElement("p").addClass("note").text(t("pages.optional"));
        }
        // "Do this or that" may join more than two steps (online, by mail, in person): say which steps and how many.
        int first = index;
        while (first > 0 && all.get(first - 1).orNext()) {
            first--;
        }
        int last = index;
        while (last + 1 < all.size() && all.get(last).orNext()) {
            last++;
        }
        if (last > first) {
            item.appendElement("p").addClass("note").text(t("pages.alternatives", first + 1, last + 1, last - first + 1));
        }
        item.appendElement("div").addClass("step-body")
                .append(Markdown.toSafeHtml(step.body(), id -> addresses.guide(language, id), Map.of()));
        step.time().ifPresent(time -> item.appendElement("p").addClass("detail").text(t("pages.time", time)));
        step.cost().ifPresent(cost -> item.appendElement("p").addClass("detail").text(t("pages.cost", cost)));
        if (!step.bring().isEmpty()) {
            item.appendElement("h4").text(t("pages.bring"));
            Element bring = item.appendElement("ul").addClass("bring");
            step.bring().forEach(thing -> bring.appendElement("li").text(thing));
        }
    }

    private void lastReviewed(Element main, LocalDate date) {
        String shown = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(canadian(language)).format(date);
        Element p = main.appendElement("p").addClass("last-reviewed");
        p.appendText(t("pages.lastReviewed") + " ");
        p.appendElement("time").attr("datetime", date.toString()).text(shown);
    }

    private void help(Element main, Optional<String> currentGuide) {
        Element aside = main.appendElement("aside").addClass("get-help").attr("aria-labelledby", "get-help");
        aside.appendElement("h2").id("get-help").text(t("pages.help.heading"));
        aside.appendElement("p").text(t("pages.help.text"));
        if (currentGuide.filter(helpGuide::equals).isEmpty() && knowledge.guide(helpGuide).isPresent()) {
            aside.appendElement("p").appendElement("a").attr("href", addresses.guide(language, helpGuide))
                    .text(t("pages.help.link"));
        }
    }


    /** What every page shares: head, skip link, banner with the other language, main, footer. */
    private Document frame(String title, String description, PageAddress address) {
        Document page = Document.createShell("");
        page.prependChild(new DocumentType("html", "", ""));
        page.outputSettings().charset("UTF-8").prettyPrint(true);
        page.selectFirst("html").attr("lang", language.code());
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " — " + t("pages.siteName"));
        head.appendElement("meta").attr("name", "description").attr("content", description);
        head.appendElement("link").attr("rel", "canonical").attr("href", address.in(addresses, language));
        for (Language each : Language.values()) {
            head.appendElement("link").attr("rel", "alternate").attr("hreflang", each.code())
                    .attr("href", address.in(addresses, each));
        }
        head.appendElement("link").attr("rel", "alternate").attr("hreflang", Addresses.X_DEFAULT)
                .attr("href", address.in(addresses, Addresses.defaultLanguage()));
        head.appendElement("link").attr("rel", "stylesheet").attr("href", addresses.stylesheet());

        Element body = page.body();
        body.appendElement("a").addClass("skip-link").attr("href", "#main").text(t("layout.skip"));
        Element header = body.appendElement("header").addClass("site-header");
        header.appendElement("a").addClass("site-name").attr("href", addresses.indexPath(language))
                .text(t("pages.siteName"));
        Language other = language.other();
        header.appendElement("nav").attr("aria-label", t("pages.language.nav")).appendElement("a")
                .addClass("other-language").attr("href", address.in(new Addresses(addresses.root(), addresses.root()), other))
                .attr("hreflang", other.code()).attr("lang", other.code()).text(t("pages.language.other"));
        body.appendElement("main").id("main").attr("tabindex", "-1");
        Element footer = body.appendElement("footer").addClass("site-footer");
        footer.appendElement("p").appendElement("a").attr("href", addresses.indexPath(language))
                .text(t("pages.allGuides"));
        return page;
    }

    private static Element main(Document page) {
        return page.getElementById("main");
    }

    private static String html(Document page) {
        return page.outerHtml();
    }

    private static Locale canadian(Language language) {
        return language == Language.FR ? Locale.CANADA_FRENCH : Locale.CANADA;
    }

    private String t(String key, Object... params) {
        return Messages.get(language, key, params);
    }
}
