package org.passerelle.operations.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.passerelle.operations.ui.OpenSessions.Kind;

/** Sessions counted by the kind of screen they show, read from the route's feature. */
class OpenSessionsTest {

    @Test
    void a_screens_kind_is_the_feature_its_route_lives_in() throws ClassNotFoundException {
        assertThat(kindOf("org.passerelle.kiosk.ui.WelcomeView")).isEqualTo(Kind.KIOSK);
        assertThat(kindOf("org.passerelle.kiosk.ui.HelpView")).isEqualTo(Kind.KIOSK);
        assertThat(kindOf("org.passerelle.agent.ui.AgentView")).isEqualTo(Kind.AGENT);
        assertThat(kindOf("org.passerelle.editor.ui.GuidesView")).isEqualTo(Kind.EDITOR);
        assertThat(kindOf("org.passerelle.insights.ui.DashboardView")).as("the editors' dashboard").isEqualTo(Kind.EDITOR);
        assertThat(kindOf("org.passerelle.admin.ui.AdminView")).isEqualTo(Kind.ADMIN);
        assertThat(kindOf("org.passerelle.security.ui.LoginView")).isEqualTo(Kind.OTHER);
    }

    @Test
    void a_session_counts_once_per_kind_it_shows_until_its_tabs_close_or_it_ends() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        OpenSessions sessions = new OpenSessions(registry);
        VaadinSession kiosk = mock(VaadinSession.class);
        VaadinSession staff = mock(VaadinSession.class);
        UI kioskTab = new UI();
        UI agentTab = new UI();
        UI secondAgentTab = new UI();
        UI editorTab = new UI();

        sessions.shows(kioskTab, kiosk, Kind.KIOSK);
        sessions.shows(agentTab, staff, Kind.AGENT);
        sessions.shows(secondAgentTab, staff, Kind.AGENT);
        sessions.shows(editorTab, staff, Kind.EDITOR);
        assertThat(gauge(registry, "kiosk")).isEqualTo(1);
        assertThat(gauge(registry, "agent")).as("two tabs of one session").isEqualTo(1);
        assertThat(gauge(registry, "editor")).isEqualTo(1);
        assertThat(gauge(registry, "admin")).isZero();

        sessions.shows(kioskTab, kiosk, Kind.OTHER); // the kiosk's tab went to the login page
        sessions.closed(editorTab);
        assertThat(gauge(registry, "kiosk")).isZero();
        assertThat(gauge(registry, "other")).isEqualTo(1);
        assertThat(gauge(registry, "editor")).isZero();

        sessions.ended(staff);
        assertThat(gauge(registry, "agent")).isZero();
    }

    private static Kind kindOf(String route) throws ClassNotFoundException {
        return OpenSessions.kindOf(Class.forName(route));
    }

    private static double gauge(SimpleMeterRegistry registry, String kind) {
        return registry.get(OpenSessions.METRIC).tag("kind", kind).gauge().value();
    }
}
