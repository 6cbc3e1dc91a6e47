package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.html.Span;
import java.util.regex.Pattern;

/**
 * An icon from {@code frontend/icons}, drawn as a CSS mask so that it takes the text colour: it follows
 * high contrast mode without a second set of files. Icons are decorative; the text next to them says
 * what they mean.
 */
final class KioskIcon {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}");

    private KioskIcon() {
    }

    static Span of(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an icon name: " + name);
        }
        Span icon = new Span();
        icon.addClassName("icon");
        icon.getStyle().set("mask-image", "url(icons/" + name + ".svg)");
        icon.getStyle().set("-webkit-mask-image", "url(icons/" + name + ".svg)");
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
