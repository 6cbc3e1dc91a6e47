package org.passerelle.content;

import org.junit.jupiter.api.BeforeAll;
import org.passerelle.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** {@link ContentWorkflowTest} on the PostgreSQL server, the database for anything larger than one small site. */
@ContextConfiguration(initializers = OnPostgres.class)
class ContentWorkflowOnPostgresTest extends ContentWorkflowTest {

    @BeforeAll
    static void needsTheServer() {
        OnPostgres.assumeServer();
    }
}
