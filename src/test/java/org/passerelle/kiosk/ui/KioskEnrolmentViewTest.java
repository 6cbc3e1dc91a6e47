package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.browserless.mocks.MockResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.handoff.HandoffService;
import org.passerelle.kiosk.Admins;
import org.passerelle.kiosk.EnrolmentCode;
import org.passerelle.kiosk.GuideFeedback;
import org.passerelle.kiosk.QuestionAnswered;
import org.passerelle.kiosk.KioskEnrolment;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

/**
 * A browser becomes a kiosk only by enrolling: with a code typed at {@code /enrol}, kept as an HttpOnly cookie. Not by
 * naming a kiosk in the address, and not once an administrator has revoked it.
 */
class KioskEnrolmentViewTest extends KioskTest {

    @Autowired
    HandoffService handoff;

    @Autowired
    KioskEnrolment enrolment;

    @Autowired
    ApplicationEvents events;

    private String kiosk() {
        String id = "branch-" + UUID.randomUUID();
        handoff.registerKiosk(id, "West branch kiosk", "West branch, entrance");
        return id;
    }

    private String code(String kiosk) {
        EnrolmentCode code = Admins.as("root-admin", () -> enrolment.issueCode(kiosk));
        return code.code();
    }

    private long requestsFrom(String kiosk) {
        return handoff.openRequests().stream().filter(r -> r.kioskId().equals(kiosk)).count();
    }

    private static MockRequest request() {
        ServletRequest request = (VaadinServletRequest) VaadinService.getCurrentRequest();
        while (!(request instanceof MockRequest) && request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (MockRequest) request;
    }

    private static MockResponse response() {
        ServletResponse response = (VaadinServletResponse) VaadinService.getCurrentResponse();
        while (!(response instanceof MockResponse) && response instanceof ServletResponseWrapper wrapper) {
            response = wrapper.getResponse();
        }
        return (MockResponse) response;
    }

    /** Types the code on the enrolment screen and presses Enrol; returns what the screen says. */
    private String enrolWith(String code) {
        navigate(EnrolView.class);
        test($(TextField.class).withClassName("enrolment-code").single()).setValue(code);
        test($(Button.class).withClassName("enrol-button").single()).click();
        return $(Div.class).withClassName("enrol-outcome").single().getElement().getTextRecursively();
    }

    /** The browser sends back the cookie the server set, as it will on every later request. */
    private static void browserKeeps(Cookie cookie) {
        request().addCookie(new Cookie(cookie.getName(), cookie.getValue()));
    }

    /** A browser elsewhere, enrolled as {@code kiosk}, that sends its cookie back from then on. */
    private void enrolledAs(String kiosk) {
        browseFromElsewhere();
        enrolWith(code(kiosk));
        browserKeeps(response().getCookie(KioskIdentity.COOKIE));
    }

    private void askForHelp() {
        test($(Button.class).withClassName("help-button").single()).click();
    }

    @Test
    void a_browser_elsewhere_reads_guides_but_is_told_plainly_that_help_needs_a_registered_kiosk() {
        browseFromElsewhere();
        start(Language.FR);

        askForHelp();

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(layout().announced()).isEqualTo(text("handoff.problem.not_enrolled"));
        assertThat(session().helpRequest()).isEmpty();
        assertThat($(Button.class).withClassName("help-button").single().isEnabled()).isTrue();
    }

    @Test
    void naming_a_registered_kiosk_in_the_address_no_longer_makes_a_browser_that_kiosk() {
        String kiosk = kiosk();
        browseFromElsewhere();

        UI.getCurrent().navigate("", QueryParameters.of("kiosk", kiosk));
        test($(Button.class).withClassName("language-choice").first()).click();
        askForHelp();

        assertThat(session().helpRequest()).isEmpty();
        assertThat(requestsFrom(kiosk)).isZero();
    }

    @Test
    void staff_type_the_code_and_the_browser_keeps_an_http_only_strict_cookie_and_is_that_kiosk_from_then_on() {
        String kiosk = kiosk();
        browseFromElsewhere();

        String said = enrolWith(code(kiosk).toLowerCase());

        assertThat(said).contains("West branch kiosk");
        Cookie cookie = response().getCookie(KioskIdentity.COOKIE);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Strict");
        assertThat(cookie.getMaxAge()).isEqualTo(400 * 24 * 3600);
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getSecure()).as("the test's page came over plain HTTP").isFalse();

        browserKeeps(cookie);
        start(Language.EN);
        askForHelp();

        assertThat(getCurrentView()).isInstanceOf(HelpView.class);
        assertThat(handoff.requestOf(session().helpRequest().orElseThrow()).orElseThrow().kioskId()).isEqualTo(kiosk);
    }

    @Test
    void did_this_help_and_the_questions_of_an_enrolled_kiosk_are_counted_under_that_kiosk_not_the_configured_one() {
        String kiosk = kiosk();
        enrolledAs(kiosk);
        start(Language.EN);

        ask("renew my passport");
        navigate("guide/sin-apply/done", GuideDoneView.class);
        test(button("Yes")).click();

        assertThat(events.stream(QuestionAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.kioskId()).isEqualTo(kiosk));
        assertThat(events.stream(GuideFeedback.class)).singleElement().satisfies(e -> {
            assertThat(e.kioskId()).isEqualTo(kiosk);
            assertThat(e.guideId()).isEqualTo("sin-apply");
            assertThat(e.helped()).isTrue();
        });
    }

    @Test
    void a_link_with_the_code_fills_it_in_and_a_wrong_code_is_said_in_both_languages() {
        browseFromElsewhere();
        UI.getCurrent().navigate("", QueryParameters.of("enrol", "7KQ4M-X2PHD"));

        assertThat(getCurrentView()).isInstanceOf(EnrolView.class);
        TextField code = $(TextField.class).withClassName("enrolment-code").single();
        assertThat(code.getValue()).isEqualTo("7KQ4M-X2PHD");
        test($(Button.class).withClassName("enrol-button").single()).click();

        String expected = text(Language.EN, "enrol.problem.invalid_code") + " / "
                + text(Language.FR, "enrol.problem.invalid_code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(expected);
        assertThat(layout().announced()).isEqualTo(expected);
        assertThat(response().findCookie(KioskIdentity.COOKIE)).isNull();
    }

    @Test
    void a_kiosk_revoked_while_a_citizen_uses_it_refuses_the_next_help_request_plainly() {
        String kiosk = kiosk();
        enrolledAs(kiosk);
        start(Language.EN);

        Admins.as("root-admin", () -> enrolment.revoke(kiosk));
        askForHelp();

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(layout().announced()).isEqualTo(text("handoff.problem.not_enrolled"));
        assertThat(requestsFrom(kiosk)).isZero();
    }

    @Test
    void a_tampered_cookie_is_no_kiosk() {
        String kiosk = kiosk();
        browseFromElsewhere();
        enrolWith(code(kiosk));
        String secret = response().getCookie(KioskIdentity.COOKIE).getValue();
        browserKeeps(new Cookie(KioskIdentity.COOKIE, secret.substring(1) + "x"));
        start(Language.EN);

        askForHelp();

        assertThat(layout().announced()).isEqualTo(text("handoff.problem.not_enrolled"));
        assertThat(requestsFrom(kiosk)).isZero();
    }

    @Test
    void the_browser_on_the_server_machine_is_the_configured_kiosk_without_enrolling() {
        start(Language.EN);

        askForHelp();

        assertThat(getCurrentView()).isInstanceOf(HelpView.class);
        assertThat(handoff.requestOf(session().helpRequest().orElseThrow()).orElseThrow().kioskId()).isEqualTo("kiosk-1");
    }

    @Test
    void a_machine_on_the_network_that_claims_to_be_127_0_0_1_is_not_the_server_machine() {
        // Tomcat takes X-Forwarded-For: 127.0.0.1 from any private address; the connection still arrives on the
        // server's network address
        browseFrom("127.0.0.1", "192.0.2.1");
        start(Language.EN);

        askForHelp();

        assertThat(layout().announced()).isEqualTo(text("handoff.problem.not_enrolled"));
        assertThat(session().helpRequest()).isEmpty();
    }

    private String text(Language language, String key) {
        return layout().getTranslation(language.locale(), key);
    }
}
