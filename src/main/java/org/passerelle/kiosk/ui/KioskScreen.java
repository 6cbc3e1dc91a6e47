package org.passerelle.kiosk.ui;

import org.passerelle.kiosk.KioskScreenKind;

/**
 * What the kiosk's frame asks of the screen it shows, without knowing the screens' classes (they name the frame as
 * their layout): which kind of place it is, and whether it wants to hear that the help request or what help is
 * possible changed. Every kiosk screen is one ({@link KioskPage}); the defaults fit a screen that is none of these.
 */
interface KioskScreen {

    /** The places the frame treats differently: its buttons, where live help leads, what a help request says. */
    enum Place {
        /** Before anyone chose a language: no Home or language button. */
        WELCOME,
        /** Home itself: no Home button. */
        HOME,
        /** A guide's step: a help request says "stuck on a step", and a sent guide being read is not opened again. */
        GUIDE_STEP,
        /** The help screen: live help is drawn in place, with no banner. */
        HELP,
        OTHER
    }

    default Place place() {
        return Place.OTHER;
    }

    /** The kind of screen, as administrators see it in the fleet (never what is on it). */
    default KioskScreenKind kind() {
        return switch (place()) {
            case WELCOME -> KioskScreenKind.WELCOME;
            case HOME -> KioskScreenKind.HOME;
            case GUIDE_STEP -> KioskScreenKind.GUIDE_STEP;
            case HELP -> KioskScreenKind.HELP;
            case OTHER -> KioskScreenKind.OTHER;
        };
    }

    /** The agent acted on this kiosk's request (wrote, came over, handed it on): a screen that shows it redraws. */
    default void helpUpdated() {
    }

    /** Presence, the queue or a site's hours changed: a screen that promises help says what is true now. */
    default void availabilityChanged() {
    }
}
