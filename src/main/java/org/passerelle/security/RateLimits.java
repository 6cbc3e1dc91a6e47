package org.passerelle.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.passerelle.cluster.Cluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Gives the token buckets the limits count with (sign-in, help requests, enrolment codes): in memory on the embedded
 * H2, where there is one instance; in the database when instances share one PostgreSQL database (the same decision
 * as {@link Cluster#enabled}: where their events travel, their limits are shared, {@link DatabaseBuckets}).
 */
@Component
public class RateLimits {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimits.class);

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private final Clock clock;
    private final boolean shared;

    @Autowired
    RateLimits(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, Cluster cluster) {
        this(jdbc, transactions, clock, cluster.enabled());
    }

    RateLimits(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, boolean shared) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.shared = shared;
        LOG.info("Rate limits {}", shared ? "shared by the instances, in the database" : "kept in memory");
    }

    /**
     * Buckets of {@code max} tokens refilled over {@code refill}, one per key, under {@code name} (the same name on
     * every instance shares the buckets). In memory at most {@code tracked} keys are remembered.
     */
    public TokenBuckets buckets(String name, int max, Duration refill, int tracked) {
        return shared ? new DatabaseBuckets(name, max, refill, jdbc, transactions, clock)
                : new MemoryBuckets(max, refill, tracked, clock);
    }

    /** Whether the buckets are in the database. */
    public boolean shared() {
        return shared;
    }

    /** Deletes the rows of buckets that are full again: they count nothing a fresh bucket would not. */
    @Scheduled(fixedDelayString = "${passerelle.rate-limits.clean-every:10m}",
            initialDelayString = "${passerelle.rate-limits.clean-every:10m}")
    // One instance deletes (operations.JobLocks).
    @SchedulerLock(name = "rate-limits-cleanup", lockAtMostFor = "10m",
            lockAtLeastFor = "${passerelle.rate-limits.clean-held-for:9m}")
    void forgetFullBuckets() {
        if (shared) {
            forgetFullBefore(clock.instant());
        }
    }

    int forgetFullBefore(Instant now) {
        return jdbc.update("delete from rate_limit where full_at < ?", Timestamp.from(now));
    }
}
