package org.passerelle.handoff;

import org.junit.jupiter.api.BeforeAll;
import org.passerelle.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** {@link HelpRequestLimitsTest} on PostgreSQL, where the limits are counted in the database for every instance. */
@ContextConfiguration(initializers = OnPostgres.class)
class HelpRequestLimitsOnPostgresTest extends HelpRequestLimitsTest {

    @BeforeAll
    static void needsTheServer() {
        OnPostgres.assumeServer();
    }
}
