package org.passerelle.handoff;

import org.passerelle.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application as every handoff test that needs Spring sees it: the whole context, with a clock the tests move,
 * and the handoff beans they call. There is no test transaction: every call commits, as in production. Tests on the
 * shared database extend {@link HandoffSpringTest}; a test that needs a database of its own says so with
 * {@code @TestPropertySource} (which keeps this configuration and adds to it).
 */
@SpringBootTest
@Import(MutableClock.Config.class)
abstract class HandoffApplicationTest {

    @Autowired
    HandoffService handoff;

    @Autowired
    HandoffFeed feed;

    @Autowired
    HandoffSettings settings;

    @Autowired
    MutableClock clock;
}
