package org.passerelle.kiosk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.passerelle.MutableClock;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.TestAgents;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Shared set-up for the kiosk's browserless tests: one Spring context for all of them (same
 * configuration), a clock the tests move, and a few steps every journey takes.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
@RecordApplicationEvents
abstract class KioskTest extends SpringBrowserlessTest {

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    /**
     * An agent on duty at every desk: "Get help from a person" records a request at once, as it does whenever
     * someone can help (a test of "nobody can help now" sends them away first).
     */
    @BeforeEach
    void someoneCanHelp() {
        TestAgents.onDuty(context.getBean(HandoffService.class), "agent");
    }

    /** This test's kiosk session (a Vaadin-session-scoped bean, so it is looked up once the session exists). */
    KioskSession session() {
        return context.getBean(KioskSession.class);
    }

    /** Welcome → choose a language → home. */
    HomeView start(Language language) {
        navigate(WelcomeView.class);
        test($(Button.class).withClassName("language-choice").withText(language == Language.EN ? "English" : "Français")
                .single()).click();
        return (HomeView) getCurrentView();
    }

    /** Types a question in the question box and presses Ask. */
    void ask(String question) {
        test($(TextField.class).withClassName("question").single()).setValue(question);
        test($(Button.class).withClassName("ask-button").single()).click();
    }

    /** Runs what other sessions queued for this UI with {@code ui.access}: what server push would deliver. */
    static void deliverPush() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    /**
     * From now on this test's browser is not on the server's machine: its requests come from another address, to the
     * server's network address, so the local-trusted rule does not make it the configured kiosk.
     */
    static void browseFromElsewhere() {
        browseFrom("203.0.113.50", "192.0.2.1");
    }

    /** This test's browser connects from {@code remote} to the server's address {@code local}. */
    static void browseFrom(String remote, String local) {
        VaadinServletRequest current = (VaadinServletRequest) VaadinService.getCurrentRequest();
        HttpServletRequest elsewhere = new HttpServletRequestWrapper(current.getHttpServletRequest()) {
            @Override
            public String getRemoteAddr() {
                return remote;
            }

            @Override
            public String getLocalAddr() {
                return local;
            }
        };
        CurrentInstance.set(VaadinRequest.class, new VaadinServletRequest(elsewhere, current.getService()));
    }

    KioskLayout layout() {
        return $(KioskLayout.class).single();
    }

    String text(String key, Object... params) {
        return layout().getTranslation(session().language().locale(), key, params);
    }

    Button button(String text) {
        return $(Button.class).withText(text).single();
    }
}
