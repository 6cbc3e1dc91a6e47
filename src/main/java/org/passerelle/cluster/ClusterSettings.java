package org.passerelle.cluster;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled        whether events travel between instances: unset (the default) means when the database is
 *                       PostgreSQL; {@code false} turns it off; {@code true} on another database stops the start
 * @param keepEventsFor  how long the outbox keeps an event: an instance disconnected longer misses what is older
 * @param wakeEvery      a listener silent this long checks that its connection still answers
 * @param firstRetry     the wait before reconnecting a lost connection; doubled after each failure ...
 * @param lastRetry      ... up to this
 * @param gapPatience    how long an id the outbox skipped is awaited: a transaction that took it may still commit
 */
@ConfigurationProperties("passerelle.cluster")
public record ClusterSettings(
        @Nullable Boolean enabled,
        @DefaultValue("1h") Duration keepEventsFor,
        @DefaultValue("10s") Duration wakeEvery,
        @DefaultValue("200ms") Duration firstRetry,
        @DefaultValue("10s") Duration lastRetry,
        @DefaultValue("2m") Duration gapPatience) {
}
