package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.passerelle.knowledge.Language;

/** The first screen: everything in both languages, and two big buttons to choose one. No typing. */
@Route(value = KioskRoutes.WELCOME, layout = KioskLayout.class)
@AnonymousAllowed
public class WelcomeView extends KioskPage {

    private final KioskIdentity identity;

    WelcomeView(KioskSession session, KioskIdentity identity) {
        super(session);
        this.identity = identity;
        addClassName("welcome-view");
    }

    /**
     * Nothing in the address chooses the kiosk ({@code ?kiosk=} used to: anyone could pose as any kiosk); the browser's
     * enrolment does ({@link KioskIdentity}), and its cookie is renewed here, once per person. A link with an
     * enrolment code ({@code /?enrol=CODE}) opens the enrolment screen with the code filled in.
     */
    @Override
    protected void enter(BeforeEnterEvent event) {
        Optional<String> code = event.getLocation().getQueryParameters().getSingleParameter(EnrolView.CODE_IN_WELCOME);
        if (code.isPresent()) {
            event.forwardTo(EnrolView.class, QueryParameters.of(EnrolView.CODE, code.get()));
            return;
        }
        identity.renew();
    }

    @Override
    protected void render() {
        removeAll();
        H1 heading = headingInBothLanguages("welcome.heading");
        Div intro = sidesInBothLanguages("welcome.intro", "welcome.privacy");
        Div choices = new Div();
        choices.addClassName("language-choices");
        for (Language l : Language.values()) {
            Button choose = inLanguage(new Button(t(l, "language.name"), e -> choose(l)), l);
            choose.getElement().setAttribute("aria-label", t(l, "welcome.choose", t(l, "language.name")));
            choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            choose.addClassName("language-choice");
            choose.setDisableOnClick(true);
            choices.add(choose);
        }
        Paragraph prompt = new Paragraph();
        prompt.addClassName("welcome-prompt");
        for (Language l : Language.values()) {
            prompt.add(inLanguage(new Span(t(l, "welcome.prompt")), l));
        }
        add(heading, intro, prompt, choices);
    }

    private void choose(Language chosen) {
        session.start(chosen);
        UI.getCurrent().setLocale(chosen.locale());
        go(HomeView.class);
    }

    @Override
    public Place place() {
        return Place.WELCOME;
    }

    @Override
    protected boolean needsLanguage() {
        return false;
    }

    @Override
    protected String titleKey() {
        return "welcome.title";
    }

    @Override
    public String getPageTitle() {
        return titleInBothLanguages();
    }
}
