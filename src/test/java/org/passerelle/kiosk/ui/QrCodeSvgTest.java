package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.StringReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** A QR code drawn as SVG scans back to the official page it was made for. */
class QrCodeSvgTest {

    static final String PASSPORTS =
            "https://www.canada.ca/en/immigration-refugees-citizenship/services/canadian-passports.html";
    static final String NAME = "QR code: open this page on your phone";

    /** One closed subpath per run of dark modules, each starting relative to the one before. */
    static final Pattern RUN = Pattern.compile("m(-?\\d+) (-?\\d+)h(\\d+)v1h-(\\d+)z");
    static final int PIXELS_PER_MODULE = 4;

    @ParameterizedTest
    @ValueSource(strings = {
        PASSPORTS,
        "https://www.canada.ca/en/services/benefits/publicpensions/cpp/cpp-benefit/apply.html",
        "https://www.canada.ca/fr/agence-revenu/services/impot/particuliers/d%C3%A9claration-revenus/pr%C3%AAt-%C3%A0-produire.html"
    })
    void an_official_link_scans_back_from_the_drawing_to_the_same_url(String url) throws Exception {
        Element svg = parse(QrCodeSvg.svg(url, NAME));

        assertThat(decode(modulesDrawnIn(svg))).isEqualTo(url);
    }

    @Test
    void a_french_link_with_its_accents_unencoded_scans_back_with_its_accents() throws Exception {
        String url = "https://www.quebec.ca/santé/trouver-une-ressource/info-santé-811";

        assertThat(decode(modulesDrawnIn(parse(QrCodeSvg.svg(url, NAME))))).isEqualTo(url);
    }

    @Test
    void the_drawing_holds_exactly_the_modules_of_the_code_inside_a_four_module_quiet_zone() throws Exception {
        BitMatrix code = QrCodeSvg.matrix(PASSPORTS);
        boolean[][] drawn = modulesDrawnIn(parse(QrCodeSvg.svg(PASSPORTS, NAME)));

        assertThat(drawn).hasDimensions(code.getWidth() + 8, code.getHeight() + 8);
        for (int y = 0; y < drawn.length; y++) {
            for (int x = 0; x < drawn.length; x++) {
                boolean inCode = x >= 4 && y >= 4 && x < code.getWidth() + 4 && y < code.getHeight() + 4;
                assertThat(drawn[y][x]).as("module %d,%d", x, y).isEqualTo(inCode && code.get(x - 4, y - 4));
            }
        }
    }

    @Test
    void the_drawing_is_sized_by_css_and_paints_its_own_white_background_for_dark_mode() throws Exception {
        String markup = QrCodeSvg.svg(PASSPORTS, NAME);
        Element svg = parse(markup);

        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).isEqualTo(NAME);
        assertThat(svg.getAttribute("shape-rendering")).isEqualTo("crispEdges");
        assertThat(svg.hasAttribute("width")).isFalse();
        assertThat(svg.hasAttribute("height")).isFalse();
        Element background = (Element) svg.getElementsByTagName("rect").item(0);
        assertThat(background.getAttribute("fill")).isEqualTo("#fff");
        assertThat(background.getAttribute("width")).isEqualTo(svg.getAttribute("viewBox").split(" ")[2]);
        assertThat(svg.getElementsByTagName("path").getLength()).isEqualTo(1);
        assertThat(markup.length()).as("merged runs keep the markup small").isLessThan(7_000);
    }

    @Test
    void markup_in_the_accessible_name_is_escaped_and_read_back_as_plain_text() throws Exception {
        String hostile = "<script>alert(\"x\")</script> & 'QR'";

        String markup = QrCodeSvg.svg(PASSPORTS, hostile);

        assertThat(markup).doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(parse(markup).getAttribute("aria-label")).isEqualTo(hostile);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://www.canada.ca/en/services/benefits.html",
        "javascript:alert(1)",
        "ftp://www.canada.ca/file.pdf",
        "/en/services/benefits.html",
        "https:relative-without-host",
        "https://www.canada.ca/a page with spaces"
    })
    void anything_but_an_absolute_https_url_is_refused_without_repeating_it(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> QrCodeSvg.svg(url, NAME))
                .withMessageContaining("https:").withMessageNotContaining(url).withNoCause();
    }

    @Test
    void a_url_of_a_thousand_characters_is_accepted_and_one_more_is_refused() {
        String prefix = "https://www.canada.ca/";
        String thousand = prefix + "a".repeat(QrCodeSvg.MAX_URL_LENGTH - prefix.length());

        assertThat(QrCodeSvg.matrix(thousand).getWidth()).isPositive();
        assertThatIllegalArgumentException().isThrownBy(() -> QrCodeSvg.svg(thousand + "a", NAME))
                .withMessageContaining("at most 1000 characters");
    }

    private static Element parse(String markup) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup))).getDocumentElement();
    }

    /** Reads the path back into a grid of modules, quiet zone included, row by row. */
    private static boolean[][] modulesDrawnIn(Element svg) {
        String[] viewBox = svg.getAttribute("viewBox").split(" ");
        assertThat(viewBox).containsExactly("0", "0", viewBox[2], viewBox[2]);
        int side = Integer.parseInt(viewBox[2]);
        boolean[][] grid = new boolean[side][side];
        String d = ((Element) svg.getElementsByTagName("path").item(0)).getAttribute("d");
        Matcher run = RUN.matcher(d);
        int consumed = 0;
        int x = 0;
        int y = 0;
        while (run.find()) {
            assertThat(run.start()).as("only runs in the path").isEqualTo(consumed);
            consumed = run.end();
            x += Integer.parseInt(run.group(1));
            y += Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            assertThat(run.group(4)).isEqualTo(run.group(3));
            for (int i = 0; i < length; i++) {
                assertThat(grid[y][x + i]).as("module %d,%d drawn twice", x + i, y).isFalse();
                grid[y][x + i] = true;
            }
        }
        assertThat(consumed).as("the whole path was read").isEqualTo(d.length());
        return grid;
    }

    /** Renders the grid as a phone camera would see it (black on white) and decodes it with zxing. */
    private static String decode(boolean[][] grid) throws Exception {
        int size = grid.length * PIXELS_PER_MODULE;
        int[] pixels = new int[size * size];
        for (int py = 0; py < size; py++) {
            for (int px = 0; px < size; px++) {
                boolean dark = grid[py / PIXELS_PER_MODULE][px / PIXELS_PER_MODULE];
                pixels[py * size + px] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
