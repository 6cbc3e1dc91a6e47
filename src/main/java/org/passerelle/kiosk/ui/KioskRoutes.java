package org.passerelle.kiosk.ui;

/**
 * The addresses of the kiosk screens that the frame ({@link KioskLayout}, {@link LiveHelpRouter}) and the shared page
 * code ({@link KioskPage}) lead to. They go by these names rather than by the screens' classes: the screens name the
 * frame as their layout and extend the page, so a class reference back would tie each pair of files in a circle.
 * The screens take their {@code @Route} from here, so a name and its screen cannot drift apart.
 */
final class KioskRoutes {

    static final String WELCOME = "";
    static final String HOME = "home";
    static final String HELP = "help";
    static final String GUIDE_STEP = "guide/:guideId/step/:step";

    /** A guide's step, as the address bar and a {@code guide:} link in a step's text say it. */
    static String guideStep(String guideId, int step) {
        return "guide/" + guideId + "/step/" + step;
    }

    private KioskRoutes() {
    }
}
