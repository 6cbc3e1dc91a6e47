package org.passerelle.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.kiosk.ui.HomeView;
import org.passerelle.kiosk.ui.WelcomeView;
import org.passerelle.security.Roles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Who reaches which view, checked by Vaadin's navigation access control as in the running application.
 * Same Spring configuration as the kiosk's browserless tests, so they share one context.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
class ViewAccessTest extends SpringBrowserlessTest {

    @Test
    void someone_not_signed_in_who_opens_a_staff_view_gets_the_login_view() {
        UI.getCurrent().navigate(AgentOnlyTestView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "dominique", roles = Roles.EDITOR)
    void an_editor_cannot_open_a_view_for_agents() {
        UI.getCurrent().navigate(AgentOnlyTestView.class);

        assertThat(getCurrentView()).isNotInstanceOf(AgentOnlyTestView.class).isNotInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "alex", roles = Roles.AGENT)
    void an_agent_opens_a_view_for_agents() {
        navigate(AgentOnlyTestView.class);

        assertThat($(Span.class).withClassName("who").single().getText()).isEqualTo("agents only: alex");
    }

    @Test
    void a_citizen_reaches_the_welcome_and_home_screens_without_signing_in() {
        navigate(WelcomeView.class);
        test($(Button.class).withClassName("language-choice").withText("English").single()).click();

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void the_login_view_speaks_english_or_french_and_switches_between_them() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(LoginView.class);
        assertThat(formTexts()).contains("\"submit\":\"Sign in\"", "\"username\":\"Username\"");

        test($(Button.class).withClassName("language-switch").single()).click();
        assertThat(formTexts()).contains("\"submit\":\"Se connecter\"", "\"password\":\"Mot de passe\"");
        assertThat($(Button.class).withClassName("language-switch").single().getText()).isEqualTo("English");
    }

    @Test
    void a_failed_sign_in_comes_back_with_the_error_shown() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat($(LoginForm.class).single().isError()).isTrue();
    }

    @Test
    void a_sign_in_over_the_limit_comes_back_saying_to_wait_in_the_persons_language() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("login", QueryParameters.of(SignInLimitFilter.LOCKED, ""));
        assertThat($(LoginForm.class).single().isError()).isTrue();
        assertThat(formTexts()).contains("\"title\":\"Too many tries\"", "sign-in is paused for a few minutes");

        test($(Button.class).withClassName("language-switch").single()).click();
        assertThat(formTexts()).contains("\"title\":\"Trop d’essais\"", "la connexion est suspendue quelques minutes");
    }

    /** The form's texts, as the JSON property the web component receives. */
    private String formTexts() {
        return String.valueOf($(LoginForm.class).single().getElement().getPropertyRaw("i18n"));
    }
}
