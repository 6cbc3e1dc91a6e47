package org.passerelle.knowledge;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Renders guide text (Markdown) to HTML that is safe to put on a screen: raw HTML in the source is
 * escaped by the renderer, and the result is cleaned again with an allow-list, so a script typed into
 * any content field is shown as text and never runs.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.basic()
            .addTags("h3", "h4")
            .addProtocols("a", "href", "guide")
            .addAttributes("a", "rel", "target");

    private Markdown() {
    }

    /** Safe HTML for a piece of guide text; links to other guides keep their {@code guide:} address. */
    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(html, SAFE);
    }

    /** The text without any formatting, e.g. for reading aloud or a printed summary. */
    public static String toPlainText(String markdown) {
        return Jsoup.parse(toSafeHtml(markdown)).text();
    }
}
