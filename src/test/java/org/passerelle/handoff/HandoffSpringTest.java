package org.passerelle.handoff;

import org.junit.jupiter.api.BeforeEach;
import org.passerelle.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application as the handoff tests use it: one Spring context for all of them (the configuration of
 * {@link HandoffServiceTest}), with a clock they move. There is no test transaction: every call commits, as in
 * production, so tests use kiosks of their own ({@link TestKiosks}) and look only at their requests.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
abstract class HandoffSpringTest {

    @Autowired
    HandoffService handoff;

    @Autowired
    HandoffFeed feed;

    @Autowired
    HandoffSettings settings;

    @Autowired
    MutableClock clock;

    /** The agents these tests name, on duty at every desk: only an available agent may take a request. */
    @BeforeEach
    void agentsOnDuty() {
        TestAgents.onDuty(handoff, "alice", "bob", "carol", "dave");
        for (int a = 0; a < 10; a++) {
            TestAgents.onDuty(handoff, "agent-" + a);
        }
    }
}
