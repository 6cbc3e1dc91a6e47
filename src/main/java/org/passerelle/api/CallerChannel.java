package org.passerelle.api;

import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.Channel;
import org.springframework.http.HttpStatus;

/**
 * The channel a caller of the API says it is, for a question ({@code POST /answers}) and a help request alike:
 * {@code web} for Passerelle's web chat, {@code api} (when absent) for other software. Believed, as anything a caller
 * says of itself would be: it only sorts the counts and tells the agent where the person is writing from.
 */
final class CallerChannel {

    private CallerChannel() {
    }

    /**
     * The channel named {@code name}.
     *
     * @throws ApiProblem a 400 {@code invalid-parameter} naming {@code channel} for any other name ({@code kiosk}
     *                    included: only a kiosk's own screens speak as one)
     */
    static Channel of(@Nullable String name) {
        if (name == null || name.equals("api")) {
            return Channel.API;
        }
        if (name.equals("web")) {
            return Channel.WEB;
        }
        throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", "channel");
    }
}
