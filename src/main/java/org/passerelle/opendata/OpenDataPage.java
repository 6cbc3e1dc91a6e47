package org.passerelle.opendata;

import static org.passerelle.opendata.Texts.t;

import org.passerelle.insights.OpenData;
import org.passerelle.insights.OpenData.Range;
import org.passerelle.knowledge.Language;
import org.springframework.web.util.HtmlUtils;

/**
 * The open data's page: plain HTML written on the server, readable without JavaScript and without Vaadin, in one
 * language with a link to the other. Every text is escaped, those of the message files too.
 */
final class OpenDataPage {

    private OpenDataPage() {
    }

    static String html(Language language, String contextPath, Range range) {
        String base = contextPath + path(language);
        String other = contextPath + path(language.other());
        StringBuilder h = new StringBuilder(8_000);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(language.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(e(t(language, "opendata.page.title"))).append("</title>\n")
                .append(alternate(language, contextPath)).append(alternate(language.other(), contextPath))
                .append("<link rel=\"stylesheet\" href=\"").append(e(contextPath)).append("/styles/open-data.css\">\n")
                .append("</head>\n<body>\n<main>\n<p><a href=\"").append(e(other)).append("\" hreflang=\"")
                .append(language.other().code()).append("\" lang=\"").append(language.other().code()).append("\">")
                .append(e(t(language, "opendata.page.otherLanguage"))).append("</a></p>\n");
        h.append("<h1>").append(e(t(language, "opendata.page.title"))).append("</h1>\n");
        paragraph(h, t(language, "opendata.page.intro"));
        paragraph(h, t(language, "opendata.page.anonymous"));
        h.append("<p>").append(e(t(language, "opendata.page.licence"))).append(" <a rel=\"license\" href=\"")
                .append(e(t(language, "opendata.licence.url"))).append("\">")
                .append(e(t(language, "opendata.licence.name"))).append("</a>. ")
                .append(e(t(language, "opendata.page.licence.terms"))).append("</p>\n");

        h.append("<h2>").append(e(t(language, "opendata.page.download.heading"))).append("</h2>\n");
        paragraph(h, t(language, "opendata.page.download.default", OpenData.DEFAULT_DAYS, range.from().toString(),
                range.to().toString()));
        h.append("<ul>\n");
        link(h, base + "/daily.csv", t(language, "opendata.page.download.csv"));
        link(h, base + "/daily.json", t(language, "opendata.page.download.json"));
        link(h, base + "/dictionary.csv", t(language, "opendata.page.dictionary.csv"));
        link(h, base + "/dictionary.json", t(language, "opendata.page.dictionary.json"));
        h.append("</ul>\n");

        // Two submit buttons, each with its own address: a choice of format without a line of script.
        h.append("<h2>").append(e(t(language, "opendata.page.range.heading"))).append("</h2>\n")
                .append("<form method=\"get\" action=\"").append(e(base + "/daily.csv")).append("\">\n");
        paragraph(h, t(language, "opendata.page.range.hint", OpenData.MAX_DAYS, OpenData.DEFAULT_DAYS));
        dateField(h, "from", t(language, "opendata.page.range.from"), range.from().toString());
        dateField(h, "to", t(language, "opendata.page.range.to"), range.to().toString());
        h.append("<p><button type=\"submit\">").append(e(t(language, "opendata.page.download.csv")))
                .append("</button> <button type=\"submit\" formaction=\"").append(e(base + "/daily.json")).append("\">")
                .append(e(t(language, "opendata.page.download.json"))).append("</button></p>\n</form>\n");

        section(h, t(language, "opendata.page.rows.heading"), t(language, "opendata.page.rows"));
        section(h, t(language, "opendata.page.suppression.heading"), t(language, "opendata.page.suppression"));
        section(h, t(language, "opendata.page.format.heading"), t(language, "opendata.page.format"));

        h.append("<h2 id=\"dictionary\">").append(e(t(language, "opendata.page.dictionary.heading"))).append("</h2>\n")
                .append("<table>\n<thead><tr><th scope=\"col\">").append(e(t(language, "opendata.page.dictionary.field")))
                .append("</th><th scope=\"col\">").append(e(t(language, "opendata.page.dictionary.type")))
                .append("</th><th scope=\"col\">").append(e(t(language, "opendata.page.dictionary.unit")))
                .append("</th><th scope=\"col\">").append(e(t(language, "opendata.page.dictionary.description")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Column column : Column.ALL) {
            h.append("<tr><th scope=\"row\"><code>").append(e(column.name())).append("</code></th><td>")
                    .append(e(column.type())).append("</td><td>").append(e(column.unit())).append("</td><td>")
                    .append(e(column.description(language))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String path(Language language) {
        return language == Language.FR ? "/fr/open-data" : "/open-data";
    }

    private static String alternate(Language language, String contextPath) {
        return "<link rel=\"alternate\" hreflang=\"" + language.code() + "\" href=\"" + e(contextPath + path(language))
                + "\">\n";
    }

    private static void paragraph(StringBuilder h, String text) {
        h.append("<p>").append(e(text)).append("</p>\n");
    }

    private static void section(StringBuilder h, String heading, String text) {
        h.append("<h2>").append(e(heading)).append("</h2>\n");
        paragraph(h, text);
    }

    private static void link(StringBuilder h, String href, String text) {
        h.append("<li><a href=\"").append(e(href)).append("\">").append(e(text)).append("</a></li>\n");
    }

    private static void dateField(StringBuilder h, String name, String label, String value) {
        h.append("<p><label for=\"").append(name).append("\">").append(e(label)).append("</label> <input type=\"date\" id=\"")
                .append(name).append("\" name=\"").append(name).append("\" value=\"").append(e(value)).append("\"></p>\n");
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
