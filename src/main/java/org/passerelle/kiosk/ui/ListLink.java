package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * The big link of the kiosk's lists (guides of a topic, life events, steps of a life event): a title, a line under
 * it and an arrow, the whole card one link so a touch anywhere on it opens it and the keyboard reaches it in one Tab.
 */
final class ListLink {

    private ListLink() {
    }

    static RouterLink of(Class<? extends Component> target, RouteParameters parameters, String title, String line) {
        RouterLink link = new RouterLink(target, parameters);
        link.addClassName("guide-link");
        Span titleSpan = new Span(title);
        titleSpan.addClassName("guide-link-title");
        Span lineSpan = new Span(line);
        lineSpan.addClassName("guide-link-summary");
        link.add(titleSpan, lineSpan, KioskIcon.of("arrow-right"));
        return link;
    }
}
