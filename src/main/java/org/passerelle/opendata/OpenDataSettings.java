package org.passerelle.opendata;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The open data downloads ({@code passerelle.open-data.*}).
 *
 * @param downloadsMax    daily-figure files one client (its address) may download in a row: each one reads up to a
 *                        year of counters, so a loop fetching them would cost the server what the kiosks need; the
 *                        page, the dictionary and repeated downloads answered from a cache cost nothing and are not
 *                        counted
 * @param downloadsRefill the time over which those come back, evenly
 * @param tracked         clients remembered at most in memory (the least recently seen are forgotten)
 */
@ConfigurationProperties("passerelle.open-data")
record OpenDataSettings(
        @DefaultValue("30") int downloadsMax,
        @DefaultValue("1m") Duration downloadsRefill,
        @DefaultValue("10000") int tracked) {
}
