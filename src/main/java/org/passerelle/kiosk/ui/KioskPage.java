package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/**
 * What every kiosk screen shares: it is drawn in the session's language and drawn again when the
 * language changes, and a screen opened before anyone chose a language (a bookmark, the browser's back
 * button after the kiosk was cleared) sends the person to the welcome screen.
 */
abstract class KioskPage extends Div implements KioskScreen, BeforeEnterObserver, AfterNavigationObserver,
        LocaleChangeObserver, HasDynamicTitle {

    protected final KioskSession session;
    private @Nullable String pendingAnnouncement;

    KioskPage(KioskSession session) {
        this.session = session;
        addClassName("kiosk-page");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        if (needsLanguage() && !session.started()) {
            event.forwardTo(KioskRoutes.WELCOME);
            return;
        }
        enter(event);
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (session.started() || !needsLanguage()) {
            render();
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (pendingAnnouncement != null) {
            announce(pendingAnnouncement);
            pendingAnnouncement = null;
        }
    }

    /**
     * Says {@code message} to screen-reader users through the layout's live region; while the screen is still
     * being entered (not yet in the layout), once it is shown.
     */
    protected void announce(String message) {
        KioskLayout layout = findAncestor(KioskLayout.class);
        if (layout == null) {
            pendingAnnouncement = message;
        } else {
            layout.announce(message);
        }
    }

    /**
     * Moves the focus to what the person's action produced (a reply, a thank-you), so that it is not left on the
     * page body or on a button that was just disabled, and a screen reader reads it.
     */
    static void focus(Component target) {
        target.getElement().setAttribute("tabindex", "-1");
        target.getElement().executeJs("this.focus({preventScroll: true}); this.scrollIntoView({block: 'nearest'});");
    }

    /** Reads the route parameters; called before each {@link #render()} caused by a navigation. */
    protected void enter(BeforeEnterEvent event) {
    }

    /** Draws the screen from scratch in {@link #language()}. */
    protected abstract void render();

    /** The message key of the screen's title. */
    protected abstract String titleKey();

    /** Screens other than the welcome screen need a chosen language. */
    protected boolean needsLanguage() {
        return true;
    }

    @Override
    public String getPageTitle() {
        return t(titleKey()) + " — Passerelle";
    }

    protected Language language() {
        return session.language();
    }

    protected String t(String key, Object... params) {
        return getTranslation(language().locale(), key, params);
    }

    protected String t(Language l, String key, Object... params) {
        return getTranslation(l.locale(), key, params);
    }

    /** A big button with an icon and a plain label. */
    static Button bigButton(String icon, String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setIcon(KioskIcon.of(icon));
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        button.addClassName("big-button");
        return button;
    }

    /** Marks text in the other language so that screen readers and "Read aloud" pronounce it right. */
    static <C extends Component> C inLanguage(C component, Language language) {
        component.getElement().setAttribute("lang", language.code());
        return component;
    }

    /** A heading in both languages side by side, for the screens shown before anyone chose one. */
    protected H1 headingInBothLanguages(String key) {
        H1 heading = new H1();
        for (Language l : Language.values()) {
            Span part = inLanguage(new Span(t(l, key)), l);
            part.addClassName("welcome-heading-part");
            heading.add(part);
        }
        return heading;
    }

    /** One column per language, each with a paragraph per key, marked with its language. */
    protected Div sidesInBothLanguages(String... keys) {
        Div sides = new Div();
        sides.addClassName("welcome-intro");
        for (Language l : Language.values()) {
            Div side = inLanguage(new Div(), l);
            for (String key : keys) {
                side.add(new Paragraph(t(l, key)));
            }
            side.addClassName("welcome-side");
            sides.add(side);
        }
        return sides;
    }

    /** "Passerelle — Welcome / Bienvenue": the title of a screen in both languages. */
    protected String titleInBothLanguages() {
        return "Passerelle — " + t(Language.EN, titleKey()) + " / " + t(Language.FR, titleKey());
    }

    /** A plain "not found" screen (an old bookmark, a mistyped address) with a way home. */
    protected void renderNotFound(String headingKey, String textKey) {
        add(new H1(t(headingKey)), new Paragraph(t(textKey)),
                bigButton("home", t("layout.home"), () -> UI.getCurrent().navigate(KioskRoutes.HOME)));
    }

    /** "Get help from a person", from a button inside a screen: the same as the header's button. */
    protected void requestHelp() {
        KioskLayout layout = findAncestor(KioskLayout.class);
        if (layout != null) {
            layout.requestHelp();
        }
    }

    /** Reads one part of the screen aloud (a card), with the header's "Read aloud" and its voices. */
    protected void readAloud(Component part) {
        KioskLayout layout = findAncestor(KioskLayout.class);
        if (layout != null) {
            layout.readAloud(part);
        }
    }

    /** "Finish and clear", from a button inside a screen: asks first, like the header's button. */
    protected void confirmFinish() {
        KioskLayout layout = findAncestor(KioskLayout.class);
        if (layout != null) {
            layout.confirmFinish();
        }
    }

    static Span note(String icon, String text) {
        Span note = new Span(KioskIcon.of(icon), new Span(text));
        note.addClassName("note");
        return note;
    }

    static void go(Class<? extends Component> view) {
        UI.getCurrent().navigate(view);
    }
}
