package org.passerelle.insights;

import org.junit.jupiter.api.BeforeAll;
import org.passerelle.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** {@link GapServiceTest} on the PostgreSQL server, the database for anything larger than one small site. */
@ContextConfiguration(initializers = OnPostgres.class)
class GapServiceOnPostgresTest extends GapServiceTest {

    @BeforeAll
    static void needsTheServer() {
        OnPostgres.assumeServer();
    }
}
