package org.passerelle.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** {@link HelpRequestLimitsTest} on PostgreSQL, where the limits are counted in the database for every instance. */
@ContextConfiguration(initializers = OnPostgres.class)
class HelpRequestLimitsOnPostgresTest extends HelpRequestLimitsTest {

    @BeforeAll
    static void needsTheServer() {
        OnPostgres.assumeServer();
    }

    @Test
    void on_postgresql_the_limits_are_counted_in_the_database() {
        assertThat(limits.shared()).isTrue();
    }
}
