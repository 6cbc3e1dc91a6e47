package org.passerelle.knowledge;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Renders guide text (Markdown) to HTML that is safe to put on a screen: raw HTML in the source is
 * escaped by the renderer, and the result is cleaned again with an allow-list, so a script typed into
 * any content field is shown as text and never runs.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    // The renderer's own sanitiser drops every protocol it does not know, so guide: is named here too.
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "guide")))
            .build();
    private static final Safelist SAFE = Safelist.basic()
            .addTags("h3", "h4")
            .addProtocols("a", "href", "guide")
            .addAttributes("a", "rel", "target");

    private static final String GUIDE_PROTOCOL = "guide:";

    private Markdown() {
    }

    /** Safe HTML for a piece of guide text; links to other guides keep their {@code guide:} address. */
    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(html, SAFE);
    }

    /**
     * Safe HTML in which links to other guides ({@code guide:id}) point where {@code guideHref} says, and
     * links to the web open in a new tab without giving the page access to the kiosk. Guide links also
     * get {@code guideLinkAttributes} (a screen may need one to handle the link itself).
     */
    public static String toSafeHtml(String markdown, Function<String, String> guideHref,
            Map<String, String> guideLinkAttributes) {
        Document document = Jsoup.parseBodyFragment(toSafeHtml(markdown));
        for (Element link : document.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith(GUIDE_PROTOCOL)) {
                link.attr("href", guideHref.apply(href.substring(GUIDE_PROTOCOL.length())));
                guideLinkAttributes.forEach(link::attr);
            } else {
                link.attr("target", "_blank").attr("rel", "noopener noreferrer");
            }
        }
        return document.body().html();
    }

    /** The text without any formatting, e.g. for reading aloud or a printed summary. */
    public static String toPlainText(String markdown) {
        return Jsoup.parse(toSafeHtml(markdown)).text();
    }
}
