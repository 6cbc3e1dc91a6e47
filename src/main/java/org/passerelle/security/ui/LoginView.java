package org.passerelle.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.passerelle.knowledge.Language;

/**
 * Staff sign-in at {@code /login}: Vaadin's login form, which posts to Spring Security. It speaks the
 * browser's language (English or French) and has a button for the other one; the choice is kept in the
 * session, so the page that reports a wrong password after the form is sent stays in the chosen language.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final String CHOSEN_LANGUAGE = LoginView.class.getName() + ".language";

    private final LoginForm form = new LoginForm();
    private final Paragraph intro = new Paragraph();
    private final Button otherLanguage = new Button();
    private Language language = Language.EN;
    private boolean locked;

    LoginView() {
        addClassName("login-view");
        getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("padding", "var(--lumo-space-l)");
        intro.getStyle().set("max-width", "22rem");
        form.setAction(SecurityConfiguration.LOGIN_PATH.substring(1));
        form.setForgotPasswordButtonVisible(false);
        otherLanguage.addClassName("language-switch");
        otherLanguage.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        otherLanguage.addClickListener(e -> choose(language.other()));
        add(otherLanguage, form, intro);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Spring Security sends a failed attempt back here with ?error, SignInLimitFilter one over a limit with ?locked.
        var parameters = event.getLocation().getQueryParameters().getParameters();
        locked = parameters.containsKey(SignInLimitFilter.LOCKED);
        form.setError(locked || parameters.containsKey("error"));
        Object chosen = VaadinSession.getCurrent().getAttribute(CHOSEN_LANGUAGE);
        // The UI's locale is the browser's preferred language among those of the message files.
        language = chosen instanceof Language l ? l : Language.fromLocale(event.getUI().getLocale());
        event.getUI().setLocale(language.locale());
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        language = Language.fromLocale(event.getLocale());
        render();
    }

    private void choose(Language chosen) {
        VaadinSession.getCurrent().setAttribute(CHOSEN_LANGUAGE, chosen);
        UI.getCurrent().setLocale(chosen.locale());
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private void render() {
        getElement().setAttribute("lang", language.code());
        UI.getCurrent().getPage().executeJs("document.documentElement.lang = $0", language.code());
        form.setI18n(i18n());
        intro.setText(t("login.intro"));
        otherLanguage.setText(t("language.switch"));
        otherLanguage.getElement().setAttribute("lang", language.other().code());
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(t("login.heading"));
        i18n.getForm().setUsername(t("login.username"));
        i18n.getForm().setPassword(t("login.password"));
        i18n.getForm().setSubmit(t("login.submit"));
        i18n.getForm().setForgotPassword(t("login.forgotPassword"));
        i18n.getErrorMessage().setTitle(t(locked ? "login.locked.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(t(locked ? "login.locked.message" : "login.error.message"));
        i18n.getErrorMessage().setUsername(t("login.error.username"));
        i18n.getErrorMessage().setPassword(t("login.error.password"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return t("login.title");
    }

    private String t(String key) {
        return getTranslation(language.locale(), key);
    }
}
