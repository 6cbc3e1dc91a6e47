package org.passerelle.kiosk;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A registered kiosk as the fleet view shows it: where it stands, whether its screen is there, and the kind of screen
 * it shows (nothing of the person in front of it).
 *
 * @param siteName    its site's name ("" if the site is gone)
 * @param lastSeen    when its screen was last heard from; null if never
 * @param online      seen within {@link FleetSettings#onlineWithin()}
 * @param screen      the kind of screen it last showed; null if never seen
 * @param offlineSince when it stopped counting as online; null while online or never seen
 * @param alert       offline while its site was open (since it went silent): someone should look at it. A kiosk never
 *                    seen (not yet set up) or revoked raises none.
 */
public record KioskStatus(String id, String name, String location, long siteId, String siteName,
        @Nullable Instant lastSeen, boolean online, @Nullable KioskScreenKind screen, @Nullable Instant offlineSince,
        boolean alert) {
}
