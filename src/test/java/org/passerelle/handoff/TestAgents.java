package org.passerelle.handoff;

import java.util.EnumSet;
import java.util.Set;
import org.passerelle.knowledge.Language;

/**
 * Agents on duty for tests: every desk, both languages, available, with room for every request a test may leave
 * with them (the tests share one database, and an agent's conversations there add up).
 */
public final class TestAgents {

    private static final int ROOM = 100_000;

    private TestAgents() {
    }

    /** Puts each agent on duty at every desk, in both languages, available. */
    public static void onDuty(HandoffService handoff, String... agents) {
        for (String agent : agents) {
            handoff.openConsole(agent);
            handoff.serve(agent, allDesks(handoff), EnumSet.allOf(Language.class));
            handoff.setCapacity(agent, ROOM);
            handoff.setStatus(agent, PresenceStatus.AVAILABLE);
        }
    }

    /** Every desk's id. */
    public static Set<Long> allDesks(HandoffService handoff) {
        return handoff.allDeskIds();
    }
}
