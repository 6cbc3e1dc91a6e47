package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.OnPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL every instance counts against the same limits: two {@link RateLimits} (two instances) on one schema
 * share each bucket, so five help requests in ten minutes are five in all, not five per instance. (Which limits the
 * application shares: {@code HelpRequestLimitsTest} and its PostgreSQL subclass.)
 */
class SharedRateLimitsOnPostgresTest {

    private static JdbcTemplate jdbc;
    private static DataSourceTransactionManager transactions;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private RateLimits instanceA;
    private RateLimits instanceB;

    @BeforeAll
    static void schema() throws Exception {
        OnPostgres.assumeServer();
        String schema = OnPostgres.freshSchema();
        DriverManagerDataSource data = new DriverManagerDataSource(OnPostgres.URL + "?currentSchema=" + schema,
                OnPostgres.USER, "");
        jdbc = new JdbcTemplate(data);
        transactions = new DataSourceTransactionManager(data);
        jdbc.execute(Files.readString(Path.of("src/main/resources/db/migration/V9_4__rate_limits.sql")));
    }

    @BeforeEach
    void twoInstances() {
        jdbc.update("delete from rate_limit");
        instanceA = new RateLimits(jdbc, transactions, clock, true);
        instanceB = new RateLimits(jdbc, transactions, clock, true);
    }

    @Test
    void a_limit_counts_the_takes_of_every_instance_and_refills_over_its_time() {
        TokenBuckets onA = instanceA.buckets("help-kiosk", 5, Duration.ofMinutes(10), 100);
        TokenBuckets onB = instanceB.buckets("help-kiosk", 5, Duration.ofMinutes(10), 100);

        assertThat(List.of(onA.take("kiosk-1"), onB.take("kiosk-1"), onA.take("kiosk-1"), onB.take("kiosk-1")))
                .containsOnly(TokenBuckets.Take.TAKEN);
        assertThat(onB.take("kiosk-1")).isEqualTo(TokenBuckets.Take.LAST);
        assertThat(onA.empty("kiosk-1")).isTrue();
        assertThat(onA.take("kiosk-1")).isEqualTo(TokenBuckets.Take.REFUSED);
        assertThat(onB.take("kiosk-2")).as("another key, its own bucket").isEqualTo(TokenBuckets.Take.TAKEN);
        assertThat(instanceA.buckets("help-client", 5, Duration.ofMinutes(10), 100).empty("kiosk-1"))
                .as("another limit, its own buckets").isFalse();

        clock.advance(Duration.ofMinutes(2)); // a fifth of ten minutes: one token back
        assertThat(onB.empty("kiosk-1")).isFalse();
        assertThat(onB.take("kiosk-1")).isEqualTo(TokenBuckets.Take.LAST);
        assertThat(onA.take("kiosk-1")).isEqualTo(TokenBuckets.Take.REFUSED);
    }

    @Test
    void concurrent_takes_on_two_instances_never_give_more_than_the_limit() throws Exception {
        TokenBuckets onA = instanceA.buckets("sign-in-client", 20, Duration.ofHours(1), 100);
        TokenBuckets onB = instanceB.buckets("sign-in-client", 20, Duration.ofHours(1), 100);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<TokenBuckets.Take>> takes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            TokenBuckets on = i % 2 == 0 ? onA : onB;
            takes.add(threads.submit(() -> on.take("203.0.113.9")));
        }
        int allowed = 0;
        for (Future<TokenBuckets.Take> take : takes) {
            allowed += take.get().allowed() ? 1 : 0;
        }
        threads.shutdown();
        assertThat(allowed).isEqualTo(20);
    }

    @Test
    void a_take_inside_a_transaction_that_rolls_back_counts_nothing() {
        TokenBuckets onA = instanceA.buckets("enrolment-code", 1, Duration.ofMinutes(10), 100);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(onA.take("203.0.113.7")).isEqualTo(TokenBuckets.Take.LAST);
            status.setRollbackOnly();
        });
        assertThat(instanceB.buckets("enrolment-code", 1, Duration.ofMinutes(10), 100).take("203.0.113.7"))
                .isEqualTo(TokenBuckets.Take.LAST);
    }

    @Test
    void forgetting_a_key_fills_its_bucket_on_every_instance_and_no_key_is_stored_as_given() {
        TokenBuckets onA = instanceA.buckets("sign-in-pair", 1, Duration.ofMinutes(10), 100);
        onA.take("alice|203.0.113.5");
        assertThat(instanceB.buckets("sign-in-pair", 1, Duration.ofMinutes(10), 100).known("alice|203.0.113.5"))
                .isTrue();
        assertThat(jdbc.queryForList("select bucket_key from rate_limit", String.class))
                .singleElement().satisfies(key -> assertThat(key).doesNotContain("alice").hasSize(64));

        instanceB.buckets("sign-in-pair", 1, Duration.ofMinutes(10), 100).forget("alice|203.0.113.5");
        assertThat(onA.known("alice|203.0.113.5")).isFalse();
        assertThat(onA.take("alice|203.0.113.5")).isEqualTo(TokenBuckets.Take.LAST);
    }

    @Test
    void rows_of_buckets_full_again_are_deleted_and_the_others_kept() {
        instanceA.buckets("help-kiosk", 5, Duration.ofMinutes(10), 100).take("kiosk-1");
        instanceA.buckets("help-kiosk", 5, Duration.ofHours(10), 100).take("kiosk-2");
        clock.advance(Duration.ofMinutes(3)); // kiosk-1's one token is back after 2 min; kiosk-2's after 2 h

        assertThat(instanceB.forgetFullBefore(clock.instant())).isEqualTo(1);
        assertThat(instanceA.buckets("help-kiosk", 5, Duration.ofHours(10), 100).known("kiosk-2")).isTrue();
    }
}
