package org.passerelle.kiosk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How browsers become kiosks ({@code passerelle.kiosk.enrolment.*}), see {@link KioskEnrolment}.
 *
 * @param mode           {@link Mode#LOCAL_TRUSTED}: a browser on this machine (loopback, not through a proxy) is the
 *                       configured kiosk {@code passerelle.kiosk.id} without enrolling, every other browser must enrol;
 *                       {@link Mode#REQUIRED}: every browser must enrol
 * @param codeLifetime   how long a one-time enrolment code can be used after an administrator issued it
 * @param attempts       wrong codes a client may type before it must wait
 * @param attemptsRefill time over which those attempts come back (5 per 15 min: then one every 3 min)
 * @param tracked        client addresses remembered at most for the attempts
 * @param cookieMaxAge   how long the kiosk browser keeps its device secret; renewed at each visit. Browsers keep a
 *                       cookie 400 days at most
 */
@ConfigurationProperties("passerelle.kiosk.enrolment")
public record EnrolmentSettings(
        @DefaultValue("local-trusted") Mode mode,
        @DefaultValue("24h") Duration codeLifetime,
        @DefaultValue("5") int attempts,
        @DefaultValue("15m") Duration attemptsRefill,
        @DefaultValue("10000") int tracked,
        @DefaultValue("400d") Duration cookieMaxAge) {

    /** Whether the kiosk on the server's own machine is trusted without enrolment. */
    public enum Mode { LOCAL_TRUSTED, REQUIRED }

    public EnrolmentSettings {
        if (codeLifetime.toMinutes() < 1 || codeLifetime.toDays() > 30) {
            throw new IllegalArgumentException("passerelle.kiosk.enrolment.code-lifetime must be 1 minute to 30 days");
        }
        if (cookieMaxAge.toDays() < 1) {
            throw new IllegalArgumentException("passerelle.kiosk.enrolment.cookie-max-age must be at least 1 day");
        }
    }
}
