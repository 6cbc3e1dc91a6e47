package org.passerelle.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.Headless;
import org.springframework.util.unit.DataSize;

/** The embedded file stops growing: compacted at start and while kiosks keep writing, losing nothing. */
class EmbeddedDatabaseUpkeepTest {

    @TempDir
    Path folder;

    private HikariDataSource pool;

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void aFileLargerThanTheLimitIsCompactedWhileWritersGoOnAndNoWriteFailsOrIsLost() throws Exception {
        pool = pool(true);
        grow(pool);
        EmbeddedDatabase file = EmbeddedDatabase.of(pool.getJdbcUrl()).orElseThrow();
        long before = file.size();
        assertThat(before).isGreaterThan(DataSize.ofMegabytes(5).toBytes());

        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong next = new AtomicLong(1_000_000);
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = java.util.stream.IntStream.range(0, 4).<Future<?>>mapToObj(i -> writers.submit(() -> {
            while (writing.get()) {
                long id = next.incrementAndGet();
                insert(pool, id);
                acknowledged.add(id);
            }
            return null;
        })).toList();
        while (acknowledged.size() < 50) {
            Thread.onSpinWait();
        }
        EmbeddedDatabaseUpkeep upkeep = new EmbeddedDatabaseUpkeep(pool,
                new EmbeddedDatabaseSettings(DataSize.ofMegabytes(1), null, Duration.ofSeconds(30)));
        upkeep.compactWhenLarge();
        int afterCompaction = acknowledged.size();
        while (acknowledged.size() < afterCompaction + 50) {
            Thread.onSpinWait();
        }
        writing.set(false);
        for (Future<?> writer : running) {
            writer.get(60, TimeUnit.SECONDS); // a failed write fails here
        }
        writers.shutdown();

        assertThat(file.size()).as("file after compaction (was %d bytes)", before).isLessThan(before / 2);
        assertThat(count(pool, "select count(*) from t where id >= 1000000")).isEqualTo(acknowledged.size());
    }

    @Test
    void aFileBelowTheLimitIsLeftAlone() throws Exception {
        pool = pool(true);
        insert(pool, 1);
        EmbeddedDatabase file = EmbeddedDatabase.of(pool.getJdbcUrl()).orElseThrow();
        long before = file.size();
        new EmbeddedDatabaseUpkeep(pool, new EmbeddedDatabaseSettings(DataSize.ofGigabytes(1), null, null))
                .compactWhenLarge();
        assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isPositive();
        assertThat(file.size()).isEqualTo(before);
    }

    @Test
    void withoutPoolSuspensionItDoesNotCompactAndSaysWhy() throws Exception {
        pool = pool(false);
        grow(pool);
        assertThat(new EmbeddedDatabaseUpkeep(pool, new EmbeddedDatabaseSettings(DataSize.ofBytes(1), null, null))
                .compactNow()).isFalse();
        assertThat(count(pool, "select count(*) from t")).isPositive();
    }

    @Test
    void theFileIsCompactedBeforeThePoolFirstOpensIt() throws Exception {
        pool = pool(true);
        grow(pool);
        long rows = count(pool, "select count(*) from t");
        pool.close();
        EmbeddedDatabase file = EmbeddedDatabase.of(pool.getJdbcUrl()).orElseThrow();
        long before = file.size();

        pool = pool(true);
        new CompactAtStart().postProcessAfterInitialization(pool, "dataSource");

        assertThat(file.size()).isLessThan(before / 2);
        assertThat(count(pool, "select count(*) from t")).isEqualTo(rows);
    }

    @Test
    void onlyAnH2FileWithSpaceReuseOffIsCompacted() {
        assertThat(EmbeddedDatabase.of("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(EmbeddedDatabase.of("jdbc:postgresql://127.0.0.1:5432/test")).isEmpty();
        assertThat(EmbeddedDatabase.of("jdbc:h2:file:./data/p;WRITE_DELAY=0").orElseThrow().appendOnly()).isFalse();
        EmbeddedDatabase file = EmbeddedDatabase.of("jdbc:h2:file:./data/p;WRITE_DELAY=0;REUSE_SPACE=FALSE")
                .orElseThrow();
        assertThat(file.appendOnly()).isTrue();
        assertThat(file.file()).isEqualTo(Path.of("./data/p.mv.db"));
    }

    private HikariDataSource pool(boolean suspendable) {
        HikariDataSource hikari = new HikariDataSource();
        hikari.setJdbcUrl(Headless.fileDatabase(folder.resolve("db")).substring("--spring.datasource.url=".length()));
        hikari.setUsername("sa");
        hikari.setPassword("");
        hikari.setMaximumPoolSize(10);
        hikari.setAllowPoolSuspension(suspendable);
        return hikari;
    }

    private static void grow(HikariDataSource pool) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("create table if not exists t (id bigint primary key, text varchar(400))");
        }
        for (long id = 1; id <= 1_000; id++) {
            insert(pool, id);
        }
    }

    private static void insert(HikariDataSource pool, long id) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("create table if not exists t (id bigint primary key, text varchar(400))");
            try (PreparedStatement insert = c.prepareStatement("insert into t values (?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, "a chat line of a help request, number " + id);
                insert.executeUpdate();
            }
        }
    }

    private static long count(HikariDataSource pool, String sql) throws SQLException {
        try (Connection c = pool.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
