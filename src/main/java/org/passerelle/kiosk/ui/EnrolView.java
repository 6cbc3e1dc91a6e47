package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.KioskInfo;
import org.passerelle.kiosk.EnrolledDevice;
import org.passerelle.kiosk.EnrolmentException;
import org.passerelle.kiosk.KioskEnrolment;
import org.passerelle.knowledge.Language;
import org.passerelle.kiosk.KioskScreenKind;

/**
 * For staff setting up a kiosk machine: type the one-time code an administrator issued, and this browser becomes that
 * kiosk (it keeps a device secret in a cookie, see {@link KioskIdentity}). In both languages, like the welcome screen:
 * whoever sets the kiosk up has not chosen one. {@code /?enrol=CODE} opens it with the code filled in.
 */
@Route(value = "enrol", layout = KioskLayout.class)
@AnonymousAllowed
public class EnrolView extends KioskPage {

    /** The code in this screen's address ({@code /enrol?code=…}). */
    static final String CODE = "code";
    /** The code in the welcome screen's address ({@code /?enrol=…}). */
    static final String CODE_IN_WELCOME = "enrol";
    /** Longer than any code: what is typed past it is not kept. */
    private static final int CODE_MAX = 40;

    private final KioskEnrolment enrolment;
    private final KioskIdentity identity;
    private final HandoffService handoff;
    private final TextField code = new TextField();
    private final Div outcome = new Div();
    private @Nullable String given;

    EnrolView(KioskSession session, KioskEnrolment enrolment, KioskIdentity identity, HandoffService handoff) {
        super(session);
        this.enrolment = enrolment;
        this.identity = identity;
        this.handoff = handoff;
        addClassName("enrol-view");
        code.addClassName("enrolment-code");
        code.setMaxLength(CODE_MAX);
        code.setAutocomplete(Autocomplete.OFF);
        code.setAutocapitalize(Autocapitalize.CHARACTERS);
        code.setAutocorrect(false);
        code.getElement().setAttribute("spellcheck", "false");
        outcome.addClassName("enrol-outcome");
        outcome.getElement().setAttribute("role", "status");
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        given = event.getLocation().getQueryParameters().getSingleParameter(CODE)
                .filter(c -> c.length() <= CODE_MAX).orElse(null);
    }

    @Override
    protected void render() {
        removeAll();
        H1 heading = headingInBothLanguages("enrol.heading");
        Div intro = sidesInBothLanguages("enrol.intro");
        code.setLabel(both("enrol.code"));
        code.setHelperText(both("enrol.code.help"));
        if (given != null) {
            code.setValue(given);
            given = null;
        }
        Button enrol = new Button(both("enrol.submit"), e -> enrol());
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        enrol.addClassName("enrol-button");
        enrol.addClickShortcut(Key.ENTER);
        Div form = new Div(code, enrol);
        form.addClassName("enrol-form");
        showCurrent();
        add(heading, intro, form, outcome);
    }

    private void enrol() {
        try {
            EnrolledDevice device = enrolment.enrol(code.getValue(), identity.client().orElse("unknown"));
            identity.keep(device);
            code.clear();
            code.setInvalid(false);
            say(both("enrol.done", name(device.kioskId())));
            outcome.add(bigButton("home", both("enrol.start"), () -> go(WelcomeView.class)));
        } catch (EnrolmentException e) {
            String message = both("enrol.problem." + e.problem().name().toLowerCase(Locale.ROOT));
            code.setErrorMessage(message);
            code.setInvalid(true);
            say(message);
        }
    }

    /** What this browser is now, so staff see whether the machine still needs enrolling. */
    private void showCurrent() {
        outcome.removeAll();
        outcome.add(new Paragraph(identity.kioskId().map(id -> both("enrol.current", name(id)))
                .orElseGet(() -> both("enrol.none"))));
    }

    private void say(String message) {
        outcome.removeAll();
        outcome.add(new Paragraph(message));
        announce(message);
    }

    private String name(String kioskId) {
        return handoff.kiosk(kioskId).map(KioskInfo::name).orElse(kioskId);
    }

    private String both(String key, Object... params) {
        return t(Language.EN, key, params) + " / " + t(Language.FR, key, params);
    }

    @Override
    protected boolean needsLanguage() {
        return false;
    }

    @Override
    public KioskScreenKind kind() {
        return KioskScreenKind.ENROLMENT;
    }

    @Override
    protected String titleKey() {
        return "enrol.title";
    }

    @Override
    public String getPageTitle() {
        return titleInBothLanguages();
    }
}
