package org.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.OnPostgres;
import org.passerelle.security.RateLimits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@link ApiLimitsTest} on PostgreSQL, where the buckets are rows every instance shares (security.DatabaseBuckets):
 * the same bursts refused, the same Retry-After, by the database's counts.
 */
@ContextConfiguration(initializers = OnPostgres.class)
class ApiLimitsOnPostgresTest extends ApiLimitsTest {

    @Autowired
    RateLimits rateLimits;

    @BeforeAll
    static void needsTheServer() {
        OnPostgres.assumeServer();
    }

    @Test
    void on_postgresql_the_api_limits_are_counted_in_the_database() {
        assertThat(rateLimits.shared()).isTrue();
    }
}
