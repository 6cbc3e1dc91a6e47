package org.passerelle.config;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file from growing without end while the application runs (see {@link EmbeddedDatabase}):
 * when it is larger than {@code passerelle.database.compact-above}, new requests for a connection wait (the pool is
 * suspended), the connections in use are given back as their transactions end, the file is compacted, and the pool
 * resumes. Kiosks and agents see one pause of about a second; nothing fails and nothing is lost. On PostgreSQL or an
 * in-memory database it does nothing.
 */
@Component
public class EmbeddedDatabaseUpkeep {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseUpkeep.class);

    private final Optional<HikariDataSource> pool;
    private final Optional<EmbeddedDatabase> database;
    private final EmbeddedDatabaseSettings settings;

    EmbeddedDatabaseUpkeep(DataSource dataSource, EmbeddedDatabaseSettings settings) {
        this.settings = settings;
        this.pool = dataSource instanceof HikariDataSource hikari ? Optional.of(hikari) : Optional.empty();
        this.database = pool.map(HikariDataSource::getJdbcUrl).flatMap(EmbeddedDatabase::of)
                .filter(EmbeddedDatabase::appendOnly);
    }

    @Scheduled(fixedDelayString = "${passerelle.database.check-every:10m}",
            initialDelayString = "${passerelle.database.check-every:10m}")
    // One instance at a time, as every job (operations.JobLocks); on H2 there is only one.
    @SchedulerLock(name = "database-compaction", lockAtMostFor = "10m")
    void compactWhenLarge() {
        database.filter(file -> file.size() > settings.compactAbove().toBytes()).ifPresent(file -> compactNow());
    }

    /**
     * Compacts the file now, pausing the pool meanwhile. Returns whether it did: not when the pool cannot be paused,
     * or when requests still held their connections after {@code drain-within}.
     */
    public boolean compactNow() {
        if (database.isEmpty() || pool.isEmpty()) {
            return false;
        }
        HikariDataSource hikari = pool.get();
        HikariPoolMXBean bean = hikari.getHikariPoolMXBean();
        if (bean == null || !hikari.isAllowPoolSuspension()) {
            LOG.warn("The database file {} is {} MB and cannot be compacted while the application runs: "
                    + "spring.datasource.hikari.allow-pool-suspension is off", database.get().file(),
                    database.get().size() / 1_000_000);
            return false;
        }
        long before = database.get().size();
        long started = System.nanoTime();
        bean.suspendPool();
        try {
            bean.softEvictConnections();
            long deadline = System.nanoTime() + settings.drainWithin().toNanos();
            while (bean.getTotalConnections() > 0 && System.nanoTime() < deadline) {
                bean.softEvictConnections(); // the ones given back since
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            if (bean.getTotalConnections() > 0) {
                LOG.info("Database compaction put off: {} connections still in use after {}",
                        bean.getActiveConnections(), settings.drainWithin());
                return false;
            }
            database.get().compact(hikari.getUsername(), hikari.getPassword());
            LOG.info("Database file {} compacted: {} MB to {} MB, the pool paused {} ms", database.get().file(),
                    before / 1_000_000, database.get().size() / 1_000_000, (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (SQLException e) {
            LOG.warn("Database file {} could not be compacted: {}", database.get().file(), e.toString());
            return false;
        } finally {
            bean.resumePool();
        }
    }
}
