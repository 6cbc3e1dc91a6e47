package org.passerelle.assistant;

import java.util.Locale;

/**
 * Where a citizen asked: at a kiosk, in the web chat on someone's website, or through the public API. The assistant
 * answers the same on all three; the features that count questions and help requests (the editors' dashboard, open
 * data) tell them apart. It lives here, with the assistant every channel asks, so that the kiosk, help requests,
 * insights and the public API can all name it without depending on one another.
 */
public enum Channel {
    KIOSK,
    WEB,
    API;

    /**
     * What a counter records instead of a kiosk id for a question or request that came from no kiosk: "(web)",
     * "(api)". A channel other than the kiosk has no kiosk; its conversations are many and short, and one row per
     * conversation would grow the counters without telling anyone anything.
     */
    public String noKiosk() {
        return "(" + name().toLowerCase(Locale.ROOT) + ")";
    }
}
