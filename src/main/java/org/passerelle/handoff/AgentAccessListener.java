package org.passerelle.handoff;

import org.passerelle.security.AgentAccessEnded;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An agent's account was disabled or lost the agent role: once that is committed, they are away and every conversation
 * they held goes back to the queue in its original place ({@link HandoffService#agentRemoved}).
 */
@Component
class AgentAccessListener {

    private final HandoffService handoff;

    AgentAccessListener(HandoffService handoff) {
        this.handoff = handoff;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void ended(AgentAccessEnded ended) {
        handoff.agentRemoved(ended.username());
    }
}
