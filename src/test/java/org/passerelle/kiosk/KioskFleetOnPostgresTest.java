package org.passerelle.kiosk;

import org.junit.jupiter.api.BeforeAll;
import org.passerelle.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** {@link KioskFleetTest} on the PostgreSQL server, the database of a fleet on several servers. */
@ContextConfiguration(initializers = OnPostgres.class)
class KioskFleetOnPostgresTest extends KioskFleetTest {

    @BeforeAll
    static void needsTheServer() {
        OnPostgres.assumeServer();
    }
}
