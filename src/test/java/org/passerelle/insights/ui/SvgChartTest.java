package org.passerelle.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.passerelle.insights.ui.SvgChart.Data;
import org.passerelle.insights.ui.SvgChart.Series;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Charts are well-formed SVG, name and describe themselves, and never let a label become markup. */
class SvgChartTest {

    static final String NASTY = "<script>alert('x')</script> & \"Co\"\u0007";

    static Data counts(List<String> categories, List<Series> series) {
        return new Data("chart-1", "Questions per day", "Twelve questions in all.", categories, series,
                v -> String.valueOf(Math.round(v)), true);
    }

    static Element parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
    }

    @Test
    void a_line_chart_is_well_formed_svg_named_and_described_for_screen_readers() throws Exception {
        Element svg = parse(SvgChart.line(counts(List.of("1 Mar", "2 Mar", "3 Mar"),
                List.of(new Series("Questions", List.of(12.0, 8.0, 0.0)), new Series("Not understood", List.of(2.0, 4.0, 0.0))))));

        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("chart-1-title chart-1-desc");
        assertThat(text(svg, "title")).startsWith("Questions per day");
        assertThat(text(svg, "desc")).isEqualTo("Twelve questions in all.");
        NodeList lines = svg.getElementsByTagName("polyline");
        assertThat(lines.getLength()).isEqualTo(2);
        assertThat(((Element) lines.item(0)).getAttribute("points").split(" ")).hasSize(3);
        assertThat(((Element) lines.item(1)).getAttribute("stroke-dasharray")).as("told apart by more than colour")
                .isNotEmpty();
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void a_bar_chart_has_one_bar_per_category_with_its_value() throws Exception {
        Element svg = parse(SvgChart.bar(counts(List.of("Renew a passport", "Apply for a SIN"),
                List.of(new Series("Shown", List.of(8.0, 5.0))))));

        NodeList rects = svg.getElementsByTagName("rect");
        int bars = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            if ("bar".equals(((Element) rects.item(i)).getAttribute("class"))) {
                bars++;
            }
        }
        assertThat(bars).isEqualTo(2);
        assertThat(svg.getTextContent()).contains("Renew a passport", "Apply for a SIN", "8", "5");
    }

    @Test
    void labels_titles_and_series_names_are_escaped() throws Exception {
        Data data = new Data("chart-2", NASTY, NASTY, List.of(NASTY), List.of(new Series(NASTY, List.of(3.0))),
                v -> NASTY, true);

        for (String markup : List.of(SvgChart.bar(data), SvgChart.line(data))) {
            assertThat(markup).doesNotContain("<script").contains("&lt;script&gt;", "&amp;", "&quot;Co&quot;");
            Element svg = parse(markup);
            assertThat(svg.getElementsByTagName("script").getLength()).isZero();
            assertThat(text(svg, "title")).isEqualTo("<script>alert('x')</script> & \"Co\" ");
        }
    }

    @Test
    void an_empty_chart_still_draws_its_frame() throws Exception {
        Data empty = counts(List.of(), List.of(new Series("Questions", List.of())));

        assertThat(parse(SvgChart.line(empty)).getElementsByTagName("line").getLength()).isPositive();
        assertThat(parse(SvgChart.bar(empty)).getElementsByTagName("title").getLength()).isEqualTo(1);
    }

    @Test
    void scales_step_by_round_numbers_and_counts_by_whole_ones() {
        assertThat(SvgChart.scale(12, true)).isEqualTo(new SvgChart.Scale(15, 5));
        assertThat(SvgChart.scale(3, true)).isEqualTo(new SvgChart.Scale(3, 1));
        assertThat(SvgChart.scale(0, true)).isEqualTo(new SvgChart.Scale(4, 1));
        assertThat(SvgChart.scale(0.7, false).top()).isEqualTo(0.8, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(SvgChart.scale(480, true)).isEqualTo(new SvgChart.Scale(500, 100));
    }

    private static String text(Element svg, String tag) {
        return svg.getElementsByTagName(tag).item(0).getTextContent();
    }
}
