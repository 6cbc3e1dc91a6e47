package org.passerelle.security;

/**
 * A staff member may no longer help citizens: their account was disabled, or lost the agent role. Published inside
 * the change's transaction; the help-request feature hands their conversations back to the queue after commit.
 */
public record AgentAccessEnded(String username) {
}
