package org.passerelle.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed sign-in attempts ({@code passerelle.security.login.*}), see {@link LoginThrottle}. Each limit is a
 * token bucket: it holds {@code max…} attempts and refills them evenly over {@code …refill}, so after the limit one
 * more attempt comes back every {@code refill / max}.
 *
 * @param pairMax        failed attempts for one account from one client before it waits
 * @param pairRefill     time over which those attempts come back (5 per 15 min: one every 3 min once locked)
 * @param clientMax      failed attempts from one client, whatever the accounts
 * @param clientRefill   time over which those come back
 * @param accountMax     failed attempts on one account from all clients together; past it, only a client that has not
 *                       failed on that account yet may still try it, so that nobody can lock an agent out from afar
 * @param accountRefill  time over which those come back
 * @param tracked        accounts, clients and pairs remembered at most (the least recently seen are forgotten)
 */
@ConfigurationProperties("passerelle.security.login")
public record LoginSettings(
        @DefaultValue("5") int pairMax,
        @DefaultValue("15m") Duration pairRefill,
        @DefaultValue("20") int clientMax,
        @DefaultValue("15m") Duration clientRefill,
        @DefaultValue("50") int accountMax,
        @DefaultValue("1h") Duration accountRefill,
        @DefaultValue("10000") int tracked) {
}
