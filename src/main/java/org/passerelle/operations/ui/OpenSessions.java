package org.passerelle.operations.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open Vaadin sessions of this instance by the kind of screen they show: {@value #METRIC}{@code {kind}} with
 * {@code kiosk}, {@code agent}, {@code editor} (the editors' and insights screens), {@code admin} and {@code other}
 * (the login page). A screen's kind is the feature its route lives in, read from the route's package name: this
 * class knows no screen. A session with two tabs of different kinds counts in both; one of two tabs of the same kind,
 * once.
 *
 * <p>A tab is counted from its first navigation to its close (the browser's beacon, or three missed heartbeats),
 * or to the end of its session.
 */
@SpringComponent
class OpenSessions implements VaadinServiceInitListener {

    static final String METRIC = "passerelle.sessions";

    enum Kind {
        KIOSK, AGENT, EDITOR, ADMIN, OTHER
    }

    private record Tab(VaadinSession session, Kind kind) {
    }

    private final Map<UI, Tab> open = new ConcurrentHashMap<>();

    OpenSessions(MeterRegistry registry) {
        for (Kind kind : Kind.values()) {
            Gauge.builder(METRIC, this, sessions -> sessions.count(kind))
                    .description("Open sessions on this instance, by the kind of screen they show")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT)).register(registry);
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> shows(ui, ui.getSession(), kindOf(navigation.getActiveChain())));
            ui.addDetachListener(detach -> closed(ui));
        });
        event.getSource().addSessionDestroyListener(destroy -> ended(destroy.getSession()));
    }

    void shows(UI ui, VaadinSession session, Kind kind) {
        open.put(ui, new Tab(session, kind));
    }

    void closed(UI ui) {
        open.remove(ui);
    }

    void ended(VaadinSession session) {
        open.values().removeIf(tab -> tab.session() == session);
    }

    long count(Kind kind) {
        return open.values().stream().filter(tab -> tab.kind() == kind).map(Tab::session).distinct().count();
    }

    /** The kind of the screen whose route is in {@code chain} (the route and its layouts). */
    static Kind kindOf(List<HasElement> chain) {
        return chain.stream().map(Object::getClass).filter(type -> type.isAnnotationPresent(Route.class))
                .map(OpenSessions::kindOf).findFirst().orElse(Kind.OTHER);
    }

    /** The kind of a screen, from its route's feature: {@code org.passerelle.<feature>.ui}. */
    static Kind kindOf(Class<?> route) {
        String feature = route.getPackageName();
        return switch (feature) {
            case "org.passerelle.kiosk.ui" -> Kind.KIOSK;
            case "org.passerelle.agent.ui" -> Kind.AGENT;
            case "org.passerelle.editor.ui", "org.passerelle.insights.ui" -> Kind.EDITOR;
            case "org.passerelle.admin.ui" -> Kind.ADMIN;
            default -> Kind.OTHER;
        };
    }
}
