package org.passerelle.handoff;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a help request came from. A kiosk's request has its kiosk; a request of another channel has none, and carries
 * the channel's {@link #marker()} where a kiosk id would be, so that every feature keyed by kiosk (the agents' filters,
 * the screens that follow a kiosk's requests) sees a value no real kiosk can have.
 */
public enum Channel {
    /** A kiosk in a library or an office. */
    KIOSK,
    /** The web chat on a page of an allowed site (the {@code passerelle-chat.js} widget). */
    WEB,
    /** Other software, through the public API. */
    API;

    /**
     * The stand-in for a kiosk id: {@code web:} or {@code api:}. Kiosk ids are letters, digits, dots, dashes and
     * underscores ({@link HandoffService#registerKiosk}), never a colon.
     */
    public String marker() {
        if (this == KIOSK) {
            throw new IllegalStateException("a kiosk's request has its kiosk's id");
        }
        return name().toLowerCase(Locale.ROOT) + ":";
    }

    /** The channel whose marker {@code kioskId} is, or empty for a kiosk's id. */
    public static Optional<Channel> ofMarker(String kioskId) {
        for (Channel channel : values()) {
            if (channel != KIOSK && channel.marker().equals(kioskId)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }

    /** Whether a person can walk over to the citizen: only at a kiosk. */
    public boolean inPerson() {
        return this == KIOSK;
    }
}
