package org.passerelle.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.knowledge.Language;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Roles;

/**
 * The frame of the editors' screens — the content editor's ({@code editor.ui}) and the insights' ({@code insights.ui}):
 * where you are, the other screens, who is signed in, the other language and signing out. Vaadin checks a layout's
 * access annotation as well as the view's, so it names the same roles.
 *
 * <p>Both features' screens name it as their layout, so it lives in neither: a UI package never imports another
 * feature's UI. It leads to their screens by route, and knows none of their classes.
 */
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
@StyleSheet("context://styles/insights.css")
@StyleSheet("context://styles/editor.css")
public class EditorLayout extends Div implements RouterLayout, LocaleChangeObserver, AfterNavigationObserver {

    private final CurrentUser user;
    private final Span brand = new Span();
    /** The screens live in {@code editor.ui} and {@code insights.ui}, which depend on this layout: linked by route. */
    private final Anchor guides = new Anchor("editor", "");
    private final Anchor lifeEvents = new Anchor("editor/life-events", "");
    private final Anchor referrals = new Anchor("editor/referrals", "");
    /** Administrators also manage staff accounts and kiosks, on a screen of their own. */
    private final Anchor administration = new Anchor("admin", "");
    private final Anchor gaps = new Anchor("editor/gaps", "");
    private final Anchor dashboard = new Anchor("editor/dashboard", "");
    private final Span signedIn = new Span();
    private final Button otherLanguage = new Button();
    private final Button signOut = new Button();

    EditorLayout(CurrentUser user) {
        this.user = user;
        addClassName("insights-layout");
        brand.addClassName("insights-brand");
        for (Anchor editor : new Anchor[] {guides, lifeEvents, referrals, gaps, dashboard}) {
            editor.getElement().setAttribute("router-link", true);
        }
        Nav nav = new Nav(guides, lifeEvents, referrals, gaps, dashboard);
        if (user.hasRole(Roles.ADMIN)) {
            nav.add(administration);
        }
        nav.addClassName("insights-nav");
        otherLanguage.addClassName("language-switch");
        otherLanguage.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        otherLanguage.addClickListener(e -> switchLanguage());
        signOut.addClassName("sign-out");
        signOut.addClickListener(e -> user.logout());
        Header header = new Header(brand, nav, signedIn, otherLanguage, signOut);
        header.addClassName("insights-header");
        add(header);
        render();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        current(guides, path.equals("editor") || path.startsWith("editor/guide"));
        current(lifeEvents, path.startsWith("editor/life-event"));
        current(referrals, path.startsWith("editor/referral"));
        current(gaps, path.equals(gaps.getHref()));
        current(dashboard, path.equals(dashboard.getHref()));
    }

    private static void current(Anchor link, boolean here) {
        if (here) {
            link.getElement().setAttribute("aria-current", "page");
        } else {
            link.getElement().removeAttribute("aria-current");
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void switchLanguage() {
        Language other = language().other();
        VaadinSession.getCurrent().setLocale(other.locale());
        UI.getCurrent().setLocale(other.locale());
    }

    private void render() {
        Language language = language();
        UI.getCurrent().getPage().executeJs("document.documentElement.lang = $0", language.code());
        brand.setText(getTranslation("insights.brand"));
        guides.setText(getTranslation("insights.nav.guides"));
        lifeEvents.setText(getTranslation("insights.nav.lifeEvents"));
        referrals.setText(getTranslation("insights.nav.referrals"));
        gaps.setText(getTranslation("insights.nav.gaps"));
        administration.setText(getTranslation("admin.title"));
        dashboard.setText(getTranslation("insights.nav.dashboard"));
        signedIn.setText(getTranslation("insights.signedInAs", user.displayName().orElse("")));
        otherLanguage.setText(getTranslation("language.switch"));
        otherLanguage.getElement().setAttribute("lang", language.other().code());
        signOut.setText(getTranslation("security.signOut"));
    }

    private Language language() {
        return Language.fromLocale(getLocale());
    }
}
