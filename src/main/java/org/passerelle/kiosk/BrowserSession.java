package org.passerelle.kiosk;

import java.time.Instant;
import java.util.Objects;

/**
 * One session of a kiosk's browser on a server: from the page load that opened it until the browser loses it (its
 * server died, the browser restarted). A newer session of the same kiosk means the person of the earlier one is gone.
 *
 * @param id        opaque and random, 1 to 64 characters; help requests made in the session carry it
 * @param startedAt when the server started the session
 */
public record BrowserSession(String id, Instant startedAt) {

    public BrowserSession {
        Objects.requireNonNull(startedAt);
        if (id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("a browser session id is 1 to 64 characters");
        }
    }
}
