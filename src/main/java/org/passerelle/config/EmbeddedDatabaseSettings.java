package org.passerelle.config;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Upkeep of the embedded H2 file ({@link EmbeddedDatabase}).
 *
 * @param compactAbove  the file is compacted while the application runs once it is larger than this
 * @param checkEvery    how often its size is looked at
 * @param drainWithin   how long a compaction waits for the requests holding a connection to finish; if they have not,
 *                      it gives up and tries again at the next check
 */
@ConfigurationProperties("passerelle.database")
public record EmbeddedDatabaseSettings(@Nullable DataSize compactAbove, @Nullable Duration checkEvery,
        @Nullable Duration drainWithin) {

    public EmbeddedDatabaseSettings {
        compactAbove = compactAbove != null ? compactAbove : DataSize.ofMegabytes(256);
        checkEvery = checkEvery != null ? checkEvery : Duration.ofMinutes(10);
        drainWithin = drainWithin != null ? drainWithin : Duration.ofSeconds(10);
    }
}
