package org.passerelle.handoff;

import org.junit.jupiter.api.BeforeEach;

/**
 * The handoff tests on the shared database: one Spring context for all of them (the configuration of
 * {@link HandoffServiceTest}), so tests use kiosks of their own ({@link TestKiosks}) and look only at their requests.
 */
abstract class HandoffSpringTest extends HandoffApplicationTest {

    /** The agents these tests name, on duty at every desk: only an available agent may take a request. */
    @BeforeEach
    void agentsOnDuty() {
        TestAgents.onDuty(handoff, "alice", "bob", "carol", "dave");
        for (int a = 0; a < 10; a++) {
            TestAgents.onDuty(handoff, "agent-" + a);
        }
    }
}
