package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.HandoffFeed;
import org.passerelle.handoff.HandoffUpdate;

/**
 * Live help on the kiosk: hears what staff do on this kiosk's request and decides where it shows — in place on the help
 * screen, as a banner on any other screen, or by opening the guide an agent sent — and where the person goes when the
 * help ends. One per kiosk page, owned by {@link KioskLayout}, which gives it the screen showing now and its live
 * region. It asks the screen what place it is ({@link KioskScreen}) and leads to the others by route name
 * ({@link KioskRoutes}), so neither it nor the frame imports the screens that use the frame.
 */
final class LiveHelpRouter {

    private final KioskSession session;
    private final HelpDesk helpDesk;
    private final Supplier<Optional<KioskScreen>> screen;
    private final Consumer<String> announce;
    private final Runnable idleTimeChanged;
    /** Says what staff did while the person is on another screen; a live region that is always in the page. */
    private final Div banner = new Div();
    private HandoffUpdate.@Nullable Kind news;
    private HandoffFeed.@Nullable Subscription following;

    /**
     * @param screen          the screen the frame shows now
     * @param announce        says a message in the frame's live region
     * @param idleTimeChanged tells the browser the idle time again (it is longer while a request is open)
     */
    LiveHelpRouter(KioskSession session, HelpDesk helpDesk, Supplier<Optional<KioskScreen>> screen,
            Consumer<String> announce, Runnable idleTimeChanged) {
        this.session = session;
        this.helpDesk = helpDesk;
        this.screen = screen;
        this.announce = announce;
        this.idleTimeChanged = idleTimeChanged;
        banner.addClassName("staff-banner");
        banner.getElement().setAttribute("role", "status");
    }

    /** The staff banner, for the frame to place. */
    Div banner() {
        return banner;
    }

    /** Follows this session's request while the page is attached; updates arrive on {@code ui}'s thread. */
    void follow(HandoffFeed feed, UI ui) {
        stop();
        following = feed.subscribe(update -> {
            if (session.helpRequest().filter(id -> id == update.requestId()).isPresent()) {
                ui.access(() -> helpUpdate(update));
            }
        });
    }

    void stop() {
        if (following != null) {
            following.cancel();
            following = null;
        }
    }

    /**
     * The agent acted on this kiosk's request: show it at once, without taking the person away from what they
     * read. On the help screen the change appears in place; on any other screen (a guide step the agent sent,
     * say) a banner says what happened, with a button to the chat — no navigation, no move of the focus. A guide
     * the agent sends opens; when the agent closes, the person goes back to that guide, or to where they were.
     */
    void helpUpdate(HandoffUpdate update) {
        session.touch();
        switch (update.kind()) {
            case CLAIMED, MESSAGE, COMING_OVER, RELEASED, TRANSFERRED -> {
                boolean fromAgent = update.kind() != HandoffUpdate.Kind.MESSAGE || helpDesk.lastFromAgent(session);
                if (at(KioskScreen.Place.HELP)) {
                    screen.get().ifPresent(KioskScreen::helpUpdated);
                } else if (fromAgent) {
                    showNews(update.kind());
                }
                if (fromAgent) {
                    announce.accept(t(switch (update.kind()) {
                        case COMING_OVER -> "help.comingOver";
                        case MESSAGE -> "help.chat.new";
                        case RELEASED -> "help.released";
                        case TRANSFERRED -> "help.transferred";
                        default -> "help.claimed";
                    }));
                }
            }
            case GUIDE_SENT -> {
                if (update.guideId() != null) {
                    int step = update.step() == null ? 1 : update.step();
                    session.guideSent(update.guideId(), step);
                    UI.getCurrent().navigate(KioskRoutes.guideStep(update.guideId(), step));
                    announce.accept(t("help.guideSent"));
                }
            }
            case CANCELLED -> helpEnded(); // the citizen did it here; the help screen already says so
            case CLOSED, EXPIRED -> {
                boolean onHelp = at(KioskScreen.Place.HELP);
                helpEnded();
                Optional<KioskSession.SentGuide> sent = session.takeSentGuide();
                if (sent.isPresent()) {
                    // The agent's last guide is where the help ended: the person finds it again, at that step,
                    // unless they are reading it now (they may have gone on to a later step).
                    boolean readingIt = at(KioskScreen.Place.GUIDE_STEP)
                            && session.guideId().filter(sent.get().guideId()::equals).isPresent();
                    if (!readingIt) {
                        UI.getCurrent().navigate(KioskRoutes.guideStep(sent.get().guideId(), sent.get().step()));
                    }
                } else if (onHelp) {
                    UI.getCurrent().navigate(session.returnTo().orElse(KioskRoutes.HOME));
                }
                announce.accept(t("help.closed"));
            }
            case CITIZEN_IDLE, CITIZEN_BACK, CREATED -> { }
        }
    }

    /** The request ended or was cancelled here: no banner, and the usual idle time again. */
    void helpEnded() {
        session.helpEnded();
        helpChanged();
    }

    /** A request was made or ended on this kiosk: the idle time and the banner follow. */
    void helpChanged() {
        if (session.helpRequest().isEmpty()) {
            showNews(null);
        }
        idleTimeChanged.run();
    }

    /** After a navigation or a change of language: the banner leads to the help screen, so there it has done its work. */
    void refresh() {
        showNews(at(KioskScreen.Place.HELP) || session.helpRequest().isEmpty() ? null : news);
    }

    /** What the staff banner says now (for tests), or empty without one. */
    Optional<String> news() {
        return banner.getChildren().findFirst().map(c -> c.getElement().getTextRecursively());
    }

    private boolean at(KioskScreen.Place place) {
        return screen.get().map(KioskScreen::place).filter(place::equals).isPresent();
    }

    /** Shows (or, with null, removes) the banner that says what staff did, in the person's language. */
    private void showNews(HandoffUpdate.@Nullable Kind kind) {
        news = kind;
        banner.removeAll();
        if (kind == null) {
            return;
        }
        Span text = new Span(t(switch (kind) {
            case MESSAGE -> "help.banner.message";
            case COMING_OVER -> "help.banner.comingOver";
            case RELEASED -> "help.banner.released";
            case TRANSFERRED -> "help.banner.transferred";
            default -> "help.banner.claimed";
        }));
        text.addClassName("staff-banner-text");
        Button open = new Button(t(kind == HandoffUpdate.Kind.MESSAGE ? "help.banner.read" : "help.banner.see"),
                e -> UI.getCurrent().navigate(KioskRoutes.HELP));
        open.setIcon(KioskIcon.of("help-person"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        open.addClassName("staff-banner-open");
        banner.add(text, open);
    }

    private String t(String key) {
        return banner.getTranslation(session.language().locale(), key);
    }
}
