package org.passerelle.handoff;

import org.junit.jupiter.api.BeforeAll;
import org.passerelle.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** {@link ClaimRaceTest} on the PostgreSQL server, the database for anything larger than one small site. */
@ContextConfiguration(initializers = OnPostgres.class)
class ClaimRaceOnPostgresTest extends ClaimRaceTest {

    @BeforeAll
    static void needsTheServer() {
        OnPostgres.assumeServer();
    }
}
