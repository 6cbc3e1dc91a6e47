package org.passerelle.publication;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.Language;

/**
 * The sitemap (sitemaps.org 0.9) of the open pages: both indexes and every published guide in each language, each
 * address with its language alternates ({@code xhtml:link hreflang}, as search engines read them) and the date the
 * guide was last checked. Written with StAX, which escapes what it writes.
 */
final class Sitemap {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private Sitemap() {
    }

    static String of(KnowledgeBase knowledge, Addresses addresses) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(SITEMAP);
            xml.setPrefix("xhtml", XHTML);
            xml.writeStartElement(SITEMAP, "urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("xhtml", XHTML);
            for (Language language : Language.values()) {
                url(xml, addresses, language, Addresses::index,
                        knowledge.guides().stream().map(g -> g.text(language).lastReviewed())
                                .max(Comparator.naturalOrder()));
            }
            for (Guide guide : knowledge.guides()) {
                for (Language language : Language.values()) {
                    url(xml, addresses, language, (a, l) -> a.guide(l, guide.id()),
                            Optional.of(guide.text(language).lastReviewed()));
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the sitemap could not be written", e);
        }
        return out.toString();
    }


    private static void url(XMLStreamWriter xml, Addresses addresses, Language language, PageAddress address,
            Optional<LocalDate> lastModified) throws XMLStreamException {
        xml.writeStartElement(SITEMAP, "url");
        element(xml, "loc", address.in(addresses, language));
        if (lastModified.isPresent()) {
            element(xml, "lastmod", lastModified.get().toString());
        }
        for (Language each : Language.values()) {
            alternate(xml, each.code(), address.in(addresses, each));
        }
        alternate(xml, Addresses.X_DEFAULT, address.in(addresses, Addresses.defaultLanguage()));
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(SITEMAP, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void alternate(XMLStreamWriter xml, String hreflang, String href) throws XMLStreamException {
        xml.writeEmptyElement(XHTML, "link");
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", href);
    }
}
