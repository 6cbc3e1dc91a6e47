package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The kiosk's icons in {@code frontend/icons/}: one for every topic tile and control, and each one a
 * small, inert SVG that is safe to serve and to use as a CSS mask.
 */
class IconSetTest {

    static final Path ICONS = Path.of("frontend/icons");
    static final Path TOPICS = Path.of("knowledge-base/topics.tsv");
    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    /** The controls of the citizen views; topics come from {@code topics.tsv}. */
    static final List<String> CONTROLS = List.of("help-person", "speaker", "stop", "text-size", "contrast", "home",
            "arrow-left", "arrow-right", "print", "phone", "check", "cross", "finish", "question", "language", "clock",
            "link-out", "list");

    @Test
    void every_topic_tile_has_its_icon() throws IOException {
        List<String> lines = Files.readAllLines(TOPICS, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("id\ticon\ten\tfr");
        List<String> topicIcons = lines.stream().skip(1).filter(line -> !line.isBlank())
                .map(line -> line.split("\t", -1)[1]).toList();

        assertThat(topicIcons).isNotEmpty();
        assertThat(topicIcons).allSatisfy(icon -> assertThat(ICONS.resolve(icon + ".svg")).isRegularFile());
    }

    @Test
    void every_control_of_the_kiosk_has_its_icon() {
        assertThat(CONTROLS).allSatisfy(icon -> assertThat(ICONS.resolve(icon + ".svg")).isRegularFile());
    }

    @Test
    void every_icon_is_a_small_svg_on_the_48_grid() throws Exception {
        for (Path icon : icons()) {
            Element svg = parse(icon);

            assertThat(svg.getNamespaceURI()).as(icon.toString()).isEqualTo(SVG_NAMESPACE);
            assertThat(svg.getLocalName()).as(icon.toString()).isEqualTo("svg");
            assertThat(svg.getAttribute("viewBox")).as(icon.toString()).isEqualTo("0 0 48 48");
            assertThat(Files.size(icon)).as(icon.toString()).isLessThan(2_048);
        }
    }

    @Test
    void no_icon_runs_a_script_or_loads_anything_from_elsewhere() throws Exception {
        for (Path icon : icons()) {
            String source = Files.readString(icon, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            assertThat(source).as(icon.toString()).doesNotContain("<script", "javascript:", "url(http", "@import");

            for (Element element : elements(parse(icon))) {
                String where = icon + " <" + element.getTagName() + ">";
                assertThat(element.getLocalName()).as(where)
                        .isNotIn("script", "image", "foreignObject", "iframe", "use", "style");
                NamedNodeMap attributes = element.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Attr attribute = (Attr) attributes.item(i);
                    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
                    assertThat(name.toLowerCase(Locale.ROOT)).as(where).doesNotStartWith("on");
                    if (name.equals("href")) {
                        assertThat(attribute.getValue()).as(where).startsWith("#");
                    }
                }
            }
        }
    }

    private static List<Path> icons() throws IOException {
        try (Stream<Path> files = Files.list(ICONS)) {
            List<Path> icons = files.filter(f -> f.getFileName().toString().endsWith(".svg")).sorted().toList();
            assertThat(icons).as("icons in " + ICONS).isNotEmpty();
            return icons;
        }
    }

    private static Element parse(Path icon) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // An icon needs no DOCTYPE; refusing one also refuses external entities.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(icon.toFile()).getDocumentElement();
    }

    private static List<Element> elements(Element root) {
        List<Element> all = new ArrayList<>();
        all.add(root);
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                all.addAll(elements(element));
            }
        }
        return all;
    }
}
