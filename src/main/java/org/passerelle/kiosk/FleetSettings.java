package org.passerelle.kiosk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the kiosks' screens tell the servers they are there, and what is made of their silence.
 *
 * @param signalEvery  how often an open kiosk screen tells its server it is there (the browser's poll: one small
 *                     request, nothing redrawn)
 * @param writeEvery   a kiosk's "seen" is written at most this often while its screen kind and session stay the same
 *                     (several hundred kiosks then cost a few writes a second); a new kind of screen is written at once
 * @param onlineWithin a kiosk seen within this is online: at least {@code signalEvery + writeEvery}, the longest
 *                     gap between two writes of a kiosk that is there
 * @param helpEndsAfter the open help requests of a kiosk silent this long end as "citizen left": nobody is at a kiosk
 *                     whose screen is off (at least {@code onlineWithin})
 */
@ConfigurationProperties("passerelle.kiosk.fleet")
public record FleetSettings(
        @DefaultValue("20s") Duration signalEvery,
        @DefaultValue("30s") Duration writeEvery,
        @DefaultValue("90s") Duration onlineWithin,
        @DefaultValue("2m") Duration helpEndsAfter) {

    public FleetSettings {
        if (signalEvery.toMillis() < 1000 || writeEvery.isNegative()) {
            throw new IllegalArgumentException("passerelle.kiosk.fleet.signal-every must be at least 1s, "
                    + "and write-every not negative");
        }
        if (onlineWithin.compareTo(signalEvery.plus(writeEvery)) < 0) {
            throw new IllegalArgumentException("passerelle.kiosk.fleet.online-within must be at least signal-every + "
                    + "write-every: a kiosk that is there would look offline between two writes");
        }
        if (helpEndsAfter.compareTo(onlineWithin) < 0) {
            throw new IllegalArgumentException("passerelle.kiosk.fleet.help-ends-after must be at least online-within");
        }
    }
}
