package org.passerelle.handoff;

import org.junit.jupiter.api.BeforeAll;
import org.passerelle.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** {@link HandoffLifecycleTest} on the PostgreSQL server, the database for anything larger than one small site. */
@ContextConfiguration(initializers = OnPostgres.class)
class HandoffLifecycleOnPostgresTest extends HandoffLifecycleTest {

    @BeforeAll
    static void needsTheServer() {
        OnPostgres.assumeServer();
    }
}
