package org.passerelle.kiosk.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * Draws a QR code as an inline SVG, on the server, so a citizen can "take it on the phone": point the
 * phone's camera at the screen and open the same official page there.
 *
 * <p><strong>Only public official-page URLs may be passed.</strong> A QR code on a kiosk screen can be
 * photographed by anyone standing behind the citizen, and the URL ends up in the phone's history and
 * with whatever scanner app reads it. So the caller passes the address of a public page (a guide's
 * official link), never anything that carries personal data: no names, no case numbers, no session or
 * one-time tokens, no query strings built from what the citizen typed. This class cannot tell a public
 * URL from a private one; it only refuses what is plainly wrong (not {@code https:}, or too long).
 */
final class QrCodeSvg {

    /** The quiet zone the QR specification asks for, in modules, on every side. */
    static final int QUIET_ZONE = 4;

    /** Longer URLs make codes too dense to scan from a screen; official pages never need this many. */
    static final int MAX_URL_LENGTH = 1_000;

    private QrCodeSvg() {
    }

    /**
     * An {@code <svg>} element to put in the page as is. Its {@code viewBox} counts modules (quiet zone
     * included) and it has no width or height, so CSS sizes it. It paints its own white background, so
     * it still scans when the kiosk shows light text on a dark background.
     *
     * @param url a public official page, {@code https:}, at most {@value #MAX_URL_LENGTH} characters
     * @param accessibleName what a screen reader says for the code, e.g. "QR code to open this page on
     *     your phone"; it is escaped here
     * @throws IllegalArgumentException if the URL is not {@code https:}, is too long or cannot be encoded
     */
    static String svg(String url, String accessibleName) {
        BitMatrix modules = matrix(url);
        int side = modules.getWidth() + 2 * QUIET_ZONE;
        StringBuilder svg = new StringBuilder(4_096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(side).append(' ').append(side)
                .append("\" role=\"img\" aria-label=\"").append(escapeXml(accessibleName))
                .append("\" shape-rendering=\"crispEdges\">")
                .append("<rect width=\"").append(side).append("\" height=\"").append(side).append("\" fill=\"#fff\"/>")
                .append("<path fill=\"#000\" d=\"");
        appendDarkModules(modules, svg);
        return svg.append("\"/></svg>").toString();
    }

    /** The modules of the code, one bit per module, without quiet zone. */
    static BitMatrix matrix(String url) {
        requirePublicPageAddress(url);
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        // ASCII is the same in UTF-8 and in QR's default ISO-8859-1; declaring UTF-8 adds an ECI header
        // that not every scanner app handles, so it is declared only when it changes the bytes.
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(url)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            // Width and height 0: one pixel per module, which is what the SVG path wants.
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("This URL cannot be put in a QR code: " + e.getMessage(), e);
        }
    }

    private static void requirePublicPageAddress(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            throw new IllegalArgumentException("A QR code URL may have at most " + MAX_URL_LENGTH
                    + " characters; this one has " + url.length());
        }
        // The URL itself stays out of the messages (and no URISyntaxException is chained, as its message
        // quotes the input): messages may be logged, and a wrong URL may hold anything.
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("A QR code needs a valid https: URL: " + e.getReason());
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("A QR code may only carry an https: URL of a public page, not "
                    + (uri.getScheme() == null ? "a relative address" : "a " + uri.getScheme() + ": URL"));
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("A QR code needs an https: URL with a host name");
        }
    }

    /**
     * One closed subpath per horizontal run of dark modules, {@code m dx dy h n v1 h-n z}. Each subpath
     * closes back at its own start, so the next one moves relative to it; the first move is absolute.
     * A canada.ca link (version 6, 41 × 41 modules) takes about 5.5 KB this way, against about 10 KB with
     * one square per module.
     */
    private static void appendDarkModules(BitMatrix modules, StringBuilder d) {
        int penX = 0;
        int penY = 0;
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules.getWidth() && modules.get(x, y)) {
                    x++;
                }
                int run = x - start;
                d.append('m').append(start + QUIET_ZONE - penX).append(' ').append(y + QUIET_ZONE - penY)
                        .append('h').append(run).append("v1h-").append(run).append('z');
                penX = start + QUIET_ZONE;
                penY = y + QUIET_ZONE;
            }
        }
    }

    private static String escapeXml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> out.append(switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            // Control characters are not allowed in XML 1.0, not even escaped.
            default -> c < 0x20 ? " " : Character.toString(c);
        }));
        return out.toString();
    }
}
