package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.HandoffException;
import org.passerelle.handoff.HandoffFeed;
import org.passerelle.handoff.HelpAvailability;
import org.passerelle.kiosk.FleetSettings;
import org.passerelle.kiosk.KioskFleet;
import org.passerelle.kiosk.KioskScreenKind;
import org.passerelle.kiosk.KioskSettings;
import org.passerelle.knowledge.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frame of every kiosk screen: a header with the tools a citizen may need at any moment (read
 * aloud, bigger text, high contrast, the other language, help from a person, finish and clear), the
 * main landmark where the screens go, and the idle watch that clears the kiosk when its user has left.
 */
@AnonymousAllowed
public class KioskLayout extends Div implements RouterLayout, BeforeEnterObserver, AfterNavigationObserver,
        LocaleChangeObserver {

    private static final String SCRIPT = readScript();
    private static final String SKIP_TARGET = "#main";
    private static final Logger LOG = LoggerFactory.getLogger(KioskLayout.class);
    /** Extra time before the server clears a session on its own, if the browser's idle timer never fired. */
    private static final Duration SERVER_IDLE_SLACK = Duration.ofMinutes(1);

    private final KioskSession session;
    private final KioskSettings settings;
    private final KioskIdentity identity;
    private final HelpDesk helpDesk;
    private final KioskReset reset;
    private final Clock clock;

    private final Header header = new Header();
    private final Anchor skipLink = new Anchor(SKIP_TARGET, "");
    private final Span brand = new Span("Passerelle");
    private final Nav tools = new Nav();
    private final Button home = new Button();
    private final Button readAloud = new Button();
    private final Button textSize = new Button();
    private final Button contrast = new Button();
    private final Button language = new Button();
    private final Button help = new Button();
    private final Button finish = new Button();
    private final Main main = new Main();
    private final Div announcer = new Div();
    private final Div previewBanner = new Div();
    private final LiveHelpRouter liveHelp;

    private @Nullable HasElement content;
    private boolean reading;
    private @Nullable Dialog idleDialog;
    private @Nullable Instant warnedAt;
    private HandoffFeed.@Nullable Subscription availabilityFeed;
    private @Nullable Registration signalling;

    private final HandoffFeed feed;
    private final KioskFleet fleet;
    private final FleetSettings fleetSettings;

    KioskLayout(KioskSession session, KioskSettings settings, KioskIdentity identity, HelpDesk helpDesk,
            KioskReset reset, Clock clock, HandoffFeed feed, KioskFleet fleet, FleetSettings fleetSettings) {
        this.fleet = fleet;
        this.fleetSettings = fleetSettings;
        this.identity = identity;
        this.feed = feed;
        this.session = session;
        this.settings = settings;
        this.helpDesk = helpDesk;
        this.reset = reset;
        this.clock = clock;
        this.liveHelp = new LiveHelpRouter(session, helpDesk, this::screen, this::announce,
                () -> UI.getCurrent().getPage().executeJs("window.passerelle.idleAfter($0)", idleTimeout().toMillis()));
        addClassName("kiosk");
        // Queued before anything that calls window.passerelle: on a page load, the locale change and the first
        // navigation's display settings run before onAttach, and would find the helpers missing.
        UI.getCurrent().getPage().executeJs(SCRIPT);

        skipLink.addClassName("skip-link");
        // The router would take "#main" for the address "/#main" and open the welcome screen; kiosk.js moves
        // the focus to the main landmark instead, and the address stays the screen's own.
        skipLink.getElement().setAttribute("router-ignore", "");
        brand.addClassName("brand");
        brand.getElement().setAttribute("translate", "no");
        tools.addClassName("tools");

        tool(home, "home", e -> UI.getCurrent().navigate(KioskRoutes.HOME));
        tool(readAloud, "speaker", e -> toggleReading(main.getElement()));
        tool(textSize, "text-size", e -> nextTextSize());
        tool(contrast, "contrast", e -> toggleContrast());
        tool(language, "language", e -> switchLanguage());
        tool(finish, "finish", e -> confirmFinish());
        tool(help, "help-person", e -> requestHelp());
        help.addClassName("help-button");
        help.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        help.setDisableOnClick(true);
        tools.add(home, readAloud, textSize, contrast, language, finish);
        header.add(brand, tools, help);

        main.setId("main");
        main.addClassName("kiosk-main");
        main.getElement().setAttribute("tabindex", "-1");
        announcer.addClassName("sr-only");
        announcer.getElement().setAttribute("aria-live", "polite");
        previewBanner.addClassName("preview-banner");
        previewBanner.getElement().setAttribute("role", "status");
        previewBanner.setVisible(false);
        add(skipLink, header, previewBanner, liveHelp.banner(), main, announcer);
    }

    private static void tool(Button button, String icon, ComponentEventListener<ClickEvent<Button>> listener) {
        button.setIcon(KioskIcon.of(icon));
        button.addClassName("tool");
        button.addClassName("tool-" + icon);
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        button.addClickListener(listener);
    }

    @Override
    public void showRouterLayoutContent(HasElement newContent) {
        main.getElement().removeAllChildren();
        main.getElement().appendChild(newContent.getElement());
        content = newContent;
    }

    /** The screen shown now, as far as the frame needs to know it. */
    private Optional<KioskScreen> screen() {
        return content instanceof KioskScreen screen ? Optional.of(screen) : Optional.empty();
    }

    private boolean at(KioskScreen.Place place) {
        return screen().map(KioskScreen::place).filter(place::equals).isPresent();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.setLocale(session.language().locale());
        ui.getPage().executeJs(SCRIPT);
        applyDisplay();
        ui.getPage().executeJs("window.passerelle.watchIdle($0, $1)", getElement(), idleTimeout().toMillis());
        ui.getPage().executeJs("window.passerelle.skipLink($0, $1)", skipLink.getElement(), main.getElement());
        liveHelp.follow(feed, ui);
        // Presence, the queue or a site's hours changed: what the help button and screen promise may have too.
        availabilityFeed = feed.subscribeAvailability(change -> ui.access(this::availabilityChanged));
        // The kiosk's sign of life for the fleet: the browser's poll, one small request that redraws nothing (a
        // timer on the server would say "there" for a browser long gone). The help screen polls faster meanwhile.
        signal(ui);
        signalling = ui.addPollListener(e -> reportScreen());
    }

    private void signal(UI ui) {
        ui.setPollInterval((int) fleetSettings.signalEvery().toMillis());
    }

    /** The screen shown now became another kind (the help screen: an agent took the request). */
    void screenChanged() {
        reportScreen();
    }

    /**
     * Tells the fleet this kiosk is there and the kind of screen it shows. Only from the browser's own request (the
     * kiosk is who its cookie says); a kiosk that cannot tell (not enrolled, the database away) goes on as it is.
     */
    private void reportScreen() {
        try {
            Optional<String> kiosk = identity.kioskId();
            if (kiosk.isPresent()) {
                fleet.seen(kiosk.get(), session.browserSession(),
                        screen().map(KioskScreen::kind).orElse(KioskScreenKind.OTHER));
            }
        } catch (RuntimeException e) {
            LOG.warn("Kiosk {} could not tell the fleet it is there: {}", identity.label(), e.toString());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        liveHelp.stop();
        if (signalling != null) {
            signalling.remove();
            signalling = null;
        }
        if (availabilityFeed != null) {
            availabilityFeed.cancel();
            availabilityFeed = null;
        }
    }

    /** A request was made or ended on this kiosk: the idle time and the banner follow. */
    void helpChanged() {
        liveHelp.helpChanged();
    }

    /**
     * The time without a touch before "Are you still there?": longer while the person waits for or talks with
     * staff, who may take a while to answer.
     */
    Duration idleTimeout() {
        return session.helpRequest().isPresent() ? settings.idleTimeoutInHelp() : settings.idleTimeout();
    }

    /** What the staff banner says now (for tests), or empty without one. */
    Optional<String> staffNews() {
        return liveHelp.news();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The browser normally clears an idle kiosk; if its timer never ran (closed laptop lid, script
        // blocked), the next person must still not find the last one's session.
        if (session.hasTraces() && session.idleFor(idleTimeout().plus(settings.idleWarning()).plus(SERVER_IDLE_SLACK))) {
            reset.reset(session, KioskReset.Why.LEFT);
            event.forwardTo(KioskRoutes.WELCOME);
        }
        session.touch();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        stopReading();
        applyDisplay();
        skipLink.setHref(event.getLocation().getPathWithQueryParameters() + SKIP_TARGET);
        refresh();
        // The help screen polls faster while it shows, and stops its poll when it goes: the signal goes on.
        if (!at(KioskScreen.Place.HELP)) {
            signal(UI.getCurrent());
        }
        reportScreen();
        // A request that ended unseen (found closed by the help screen) gives the usual idle time back.
        UI.getCurrent().getPage().executeJs("window.passerelle.idleAfter($0)", idleTimeout().toMillis());
        // A screen may name what should have the focus on arrival (the answer to a question asked from Home);
        // otherwise its heading does, so that a screen reader starts reading the new screen.
        UI.getCurrent().getPage().executeJs("""
                const h = document.querySelector('main [data-focus-on-arrival]') || document.querySelector('main h1');
                if (h) { h.setAttribute('tabindex', '-1'); h.focus({preventScroll: true}); }
                window.scrollTo(0, 0);
                if (h && h.matches('[data-focus-on-arrival]')) { h.scrollIntoView({block: 'start'}); }""");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        applyDisplay();
        refresh();
    }

    /** What help is possible now, said again on the button and on the help screen. */
    void availabilityChanged() {
        if (!session.started()) {
            return;
        }
        showAvailability(helpDesk.availability(session).orElse(null));
        screen().ifPresent(KioskScreen::availabilityChanged);
    }

    /**
     * Under the help button's label, a few words of what a tap leads to now ("Staff here can help now", "About 10
     * minutes"…); they are part of the button's name, so a screen reader says them too.
     */
    private void showAvailability(@Nullable HelpAvailability now) {
        Element element = help.getElement();
        element.getChildren().filter(child -> child.getClassList().contains("help-availability")).toList()
                .forEach(element::removeChild);
        if (now == null) {
            return;
        }
        Span line = new Span(switch (now) {
            case HelpAvailability.OnSite o -> t("help.button.onSite");
            case HelpAvailability.Remote r -> t("help.button.remote");
            case HelpAvailability.Busy b -> t("help.button.busy", HelpTimes.minutes(b.estimatedWait()));
            case HelpAvailability.NobodyNow n -> t("help.button.nobody");
        });
        line.addClassName("help-availability");
        element.appendChild(line.getElement());
    }

    /** Labels follow the chosen language; before a choice (welcome screen) they are in both. */
    private void refresh() {
        showPreview();
        liveHelp.refresh();
        boolean started = session.started();
        boolean onWelcome = at(KioskScreen.Place.WELCOME);
        label(skipLink.getElement(), "layout.skip");
        brand.setTitle(t("app.title"));
        label(home, "layout.home");
        label(readAloud, reading ? "layout.readAloud.stop" : "layout.readAloud");
        readAloud.setIcon(KioskIcon.of(reading ? "stop" : "speaker"));
        label(textSize, session.textSize() == KioskSession.TEXT_SIZES - 1 ? "layout.textSize.normal" : "layout.textSize.bigger");
        label(contrast, "layout.contrast");
        contrast.getElement().setAttribute("aria-pressed", String.valueOf(session.highContrast()));
        label(finish, "layout.finish");
        label(help, "layout.help");
        showAvailability(session.started() ? helpDesk.availability(session).orElse(null) : null);
        help.setEnabled(true);
        Language other = session.language().other();
        language.setText(t(other, "language.name"));
        language.getElement().setAttribute("lang", other.code());
        language.getElement().setAttribute("aria-label", t(other, "layout.language.switch"));
        home.setVisible(started && !at(KioskScreen.Place.HOME) && !onWelcome);
        language.setVisible(started && !onWelcome);
        finish.setVisible(started);
        getElement().setAttribute("lang", session.language().code());
        UI.getCurrent().getPage().setTitle(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : t("app.title"));
    }

    private void label(Button button, String key) {
        Element element = button.getElement();
        element.getChildren().filter(child -> child.getClassList().contains("label")).toList()
                .forEach(element::removeChild);
        if (session.started()) {
            Span text = new Span(t(key));
            text.addClassName("label");
            element.appendChild(text.getElement());
            return;
        }
        for (Language l : Language.values()) {
            Span part = new Span(t(l, key));
            part.getElement().setAttribute("lang", l.code());
            part.addClassName("label");
            part.addClassName("bilingual");
            element.appendChild(part.getElement());
        }
    }

    private void label(Element element, String key) {
        element.setText(inEveryShownLanguage(key));
    }

    /**
     * Reads {@code part} of the screen aloud (a card), as the header's "Read aloud" reads the whole screen: the same
     * voices, the same "cannot read aloud" when there are none, and the header's button then stops it.
     */
    void readAloud(Component part) {
        stopReading();
        toggleReading(part.getElement());
    }

    private void toggleReading(Element root) {
        if (reading) {
            stopReading();
            refresh();
            return;
        }
        root.executeJs("return window.passerelle.speak(this, $0)", session.language().code())
                .then(Boolean.class, started -> {
                    reading = Boolean.TRUE.equals(started);
                    if (!reading) {
                        // Staff learn of it from the log: a kiosk whose browser has no voices needs them installed.
                        LOG.warn("Read aloud is not available on kiosk {}: the browser has no speech voices",
                                identity.label());
                        tell(t("layout.readAloud.unavailable"));
                    }
                    refresh();
                });
    }

    private void stopReading() {
        if (reading) {
            UI.getCurrent().getPage().executeJs("window.passerelle && window.passerelle.stopSpeaking()");
        }
        reading = false;
    }

    @ClientCallable
    void readingStopped() {
        reading = false;
        refresh();
    }

    private void nextTextSize() {
        int size = session.nextTextSize();
        applyDisplay();
        refresh();
        announce(t("layout.textSize.now." + size));
    }

    private void toggleContrast() {
        boolean on = session.toggleHighContrast();
        applyDisplay();
        refresh();
        announce(t(on ? "layout.contrast.on" : "layout.contrast.off"));
    }

    private void switchLanguage() {
        session.start(session.language().other());
        UI.getCurrent().setLocale(session.language().locale());
        applyDisplay();
        refresh();
    }

    /** An editor's preview says so above every screen, with the way back to the editor. */
    private void showPreview() {
        previewBanner.removeAll();
        previewBanner.setVisible(session.preview().isPresent());
        session.preview().ifPresent(preview -> {
            Span text = new Span(t("layout.preview.banner", preview.version()));
            Button back = new Button(t("layout.preview.end"), e -> {
                session.preview(null);
                UI.getCurrent().navigate(preview.backTo());
            });
            back.addClassName("preview-end");
            previewBanner.add(text, back);
        });
    }

    private void applyDisplay() {
        UI.getCurrent().getPage().executeJs("window.passerelle.display($0, $1, $2)",
                session.language().code(), session.textSize(), session.highContrast());
        UI.getCurrent().getPage().executeJs("window.passerelle.connectionTexts($0, $1, $2, $3, $4)",
                t("layout.connection.online"), t("layout.connection.offline"), t("layout.connection.reconnecting"),
                inEveryShownLanguage("layout.connection.lost"), inEveryShownLanguage("layout.connection.lost.text"));
    }

    /**
     * "Get help from a person": record the request (once) and show what happens next. A request that cannot be
     * recorded is said on the screen, in the person's language (both before a choice), and the button works again.
     */
    void requestHelp() {
        requestHelp(false);
    }

    /** "Leave a request" while nobody can help now (offered only when someone will see it within staffed hours). */
    void leaveRequest() {
        requestHelp(true);
    }

    private void requestHelp(boolean evenIfNobodyNow) {
        help.setEnabled(true);
        if (session.preview().isPresent()) {
            tell(t("layout.preview.noHelp"));
            return;
        }
        if (!at(KioskScreen.Place.HELP)) {
            session.returnTo(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters());
        }
        // With nobody to help now, a tap records nothing: the help screen says so, when help is next available and
        // the other ways, and offers to leave a request only where someone will see it.
        if (!evenIfNobodyNow && session.started() && helpDesk.current(session).isEmpty()
                && helpDesk.availability(session).orElse(null) instanceof HelpAvailability.NobodyNow) {
            UI.getCurrent().navigate(KioskRoutes.HELP);
            return;
        }
        try {
            helpDesk.requestHelp(session, at(KioskScreen.Place.GUIDE_STEP));
        } catch (HandoffException e) {
            LOG.warn("A help request from kiosk {} was refused: {}", identity.label(), e.problem());
            tell(inEveryShownLanguage("handoff.problem." + e.problem().name().toLowerCase(Locale.ROOT)));
            return;
        } catch (RuntimeException e) {
            LOG.error("A help request from kiosk {} could not be recorded", identity.label(), e);
            tell(inEveryShownLanguage("help.failed"));
            return;
        }
        helpChanged();
        UI.getCurrent().navigate(KioskRoutes.HELP);
    }

    /** A message the person must see and hear: on the screen for a while, and said by screen readers. */
    private void tell(String message) {
        announce(message);
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addClassName("kiosk-notice");
    }

    /** The chosen language's text, or both before anyone chose (the welcome screen speaks both). */
    private String inEveryShownLanguage(String key) {
        return session.started() ? t(key) : t(Language.EN, key) + " / " + t(Language.FR, key);
    }

    void confirmFinish() {
        Dialog dialog = kioskDialog("finish.heading");
        dialog.add(new Paragraph(t("finish.text")));
        Button yes = new Button(t("finish.yes"), e -> {
            dialog.close();
            finishAndClear();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        yes.setDisableOnClick(true);
        Button no = new Button(t("finish.no"), e -> dialog.close());
        no.addThemeVariants(ButtonVariant.LUMO_LARGE);
        dialog.getFooter().add(no, yes);
        dialog.open();
        no.focus();
    }

    /**
     * A dialog of the kiosk. Vaadin keeps the dialog's own element, which has no size, in the dialog's Tab cycle;
     * kiosk.js passes the focus on from it to a button, so that no Tab stop is invisible.
     */
    private Dialog kioskDialog(String headingKey) {
        Dialog dialog = new Dialog();
        dialog.addClassName("kiosk-dialog");
        dialog.setHeaderTitle(t(headingKey));
        return dialog;
    }

    /** "Finish and clear": the next person finds the welcome screen and nothing of this one. */
    void finishAndClear() {
        clear(KioskReset.Why.FINISHED);
    }

    private void clear(KioskReset.Why why) {
        reading = false;
        idleDialog = null;
        warnedAt = null;
        reset.reset(session, why);
        announce(t(settings.defaultLanguage(), "finish.done"));
    }

    /** The browser saw no touch or key for the idle time: ask whether the person is still there. */
    @ClientCallable
    void idle() {
        if (!session.hasTraces()) {
            UI.getCurrent().getPage().executeJs("window.passerelle.stillHere()");
            return;
        }
        if (idleDialog != null) {
            return;
        }
        stopReading();
        int seconds = (int) settings.idleWarning().toSeconds();
        Dialog dialog = kioskDialog("idle.heading");
        dialog.addClassName("idle-dialog");
        dialog.setCloseOnOutsideClick(false);
        dialog.setCloseOnEsc(true);
        Span counter = new Span(String.valueOf(seconds));
        counter.addClassName("countdown");
        counter.getElement().setAttribute("role", "timer");
        Paragraph text = new Paragraph(new Span(t("idle.text.before") + " "), counter, new Span(" " + t("idle.text.after")));
        boolean inHelp = session.helpRequest().isPresent();
        Button stillHere = new Button(t("idle.stillHere"), e -> stillHere());
        stillHere.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        stillHere.addClassName("still-here");
        dialog.add(text);
        if (inHelp) {
            dialog.add(new Paragraph(t("idle.text.help")));
        }
        dialog.getFooter().add(stillHere);
        dialog.addDialogCloseActionListener(e -> stillHere());
        dialog.open();
        stillHere.focus();
        counter.getElement().executeJs("window.passerelle.countdown(this, $0)", seconds);
        idleDialog = dialog;
        warnedAt = clock.instant();
        if (inHelp) {
            // Before anything is cleared, the agent learns that nobody may be at the kiosk any more.
            tryHelpDesk(() -> helpDesk.citizenMayHaveLeft(session));
        }
    }

    /** Telling the agent is worth a try, never worth a broken warning or a kiosk that does not clear. */
    private void tryHelpDesk(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("Kiosk {} could not tell the agent about its idle warning: {}",
                    identity.label(), e.toString());
        }
    }

    /**
     * A round trip for kiosk.js after the connection came back: once it returns, nothing the person does waits in
     * Vaadin's queue any more. Not a touch: the person did nothing.
     */
    @ClientCallable
    boolean connectionCheck() {
        return true;
    }

    /** "I'm still here", or Escape: close the warning and watch again. */
    void stillHere() {
        if (idleDialog != null) {
            idleDialog.close();
            tryHelpDesk(() -> helpDesk.citizenStillHere(session));
        }
        idleDialog = null;
        warnedAt = null;
        session.touch();
        UI.getCurrent().getPage().executeJs("window.passerelle.stillHere()");
    }

    /** Nobody answered the warning: clear everything. Ignored when no warning is showing or it is early. */
    @ClientCallable
    void warningExpired() {
        Instant warned = warnedAt;
        if (idleDialog == null || warned == null
                || Duration.between(warned, clock.instant()).compareTo(settings.idleWarning().minusSeconds(2)) < 0) {
            return;
        }
        clear(KioskReset.Why.LEFT);
    }

    boolean idleWarningShowing() {
        return idleDialog != null && idleDialog.isOpened();
    }

    void announce(String message) {
        announcer.setText("");
        announcer.setText(message);
    }

    /** What the live region last said (for tests). */
    String announced() {
        return announcer.getText();
    }

    private String t(String key, Object... params) {
        return t(session.language(), key, params);
    }

    private String t(Language l, String key, Object... params) {
        return getTranslation(l.locale(), key, params);
    }

    private static String readScript() {
        try (InputStream in = KioskLayout.class.getResourceAsStream("/META-INF/resources/scripts/kiosk.js")) {
            if (in == null) {
                throw new IllegalStateException("scripts/kiosk.js is missing from the classpath (frontend/ resources)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
