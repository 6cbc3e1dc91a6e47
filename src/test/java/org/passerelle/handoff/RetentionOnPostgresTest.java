package org.passerelle.handoff;

import org.junit.jupiter.api.BeforeAll;
import org.passerelle.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** {@link RetentionTest} on the PostgreSQL server, the database for anything larger than one small site. */
@ContextConfiguration(initializers = OnPostgres.class)
class RetentionOnPostgresTest extends RetentionTest {

    @BeforeAll
    static void needsTheServer() {
        OnPostgres.assumeServer();
    }
}
