package org.passerelle.handoff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on new help requests ({@code passerelle.handoff.limits.*}), see {@link HelpRequestLimits}. A real kiosk sees a
 * few requests an hour; more than these in a short time is someone scripting the kiosk, not people queueing. Each limit
 * is a token bucket: it holds {@code …Max} requests and gives them back evenly over {@code …Refill}.
 *
 * @param kioskMax     requests from one kiosk (5 per 10 min: once reached, one more every 2 min)
 * @param kioskRefill  time over which those come back
 * @param clientMax    requests from one client address, whatever kiosk it is (several kiosks of a site may share
 *                     an address behind one router: raise it for a site with many kiosks)
 * @param clientRefill time over which those come back
 * @param tracked      kiosks and addresses remembered at most (the least recently seen are forgotten)
 */
@ConfigurationProperties("passerelle.handoff.limits")
public record HelpLimitSettings(
        @DefaultValue("5") int kioskMax,
        @DefaultValue("10m") Duration kioskRefill,
        @DefaultValue("10") int clientMax,
        @DefaultValue("10m") Duration clientRefill,
        @DefaultValue("10000") int tracked) {
}
