package org.passerelle.browser;

/**
 * The size of the CSS viewport a test looks at, in CSS pixels at a device pixel ratio of 1 — what
 * {@code window.innerWidth} and {@code window.innerHeight} report, and the size of a screenshot.
 *
 * @param name a short name, handy in screenshot and audit names
 */
public record Viewport(String name, int width, int height) {

    /** The kiosk: a 1080×1920 screen standing upright. */
    public static final Viewport PORTRAIT_KIOSK = new Viewport("portrait", 1080, 1920);

    /** A 1920×1080 screen lying down: an agent's desk, or a kiosk mounted sideways. */
    public static final Viewport LANDSCAPE = new Viewport("landscape", 1920, 1080);

    /** The portrait kiosk zoomed to 200 %: the same screen shows half as many CSS pixels each way. */
    public static final Viewport PORTRAIT_ZOOM_200 = new Viewport("portrait-zoom-200", 540, 960);

    public Viewport {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A viewport needs a positive size, not " + width + "×" + height);
        }
    }
}
