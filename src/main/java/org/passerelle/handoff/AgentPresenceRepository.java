package org.passerelle.handoff;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AgentPresenceRepository extends JpaRepository<AgentPresence, String> {

    /**
     * The agent's presence, locked until the transaction ends: claims by one agent are taken one at a time, so that
     * two tabs claiming at once cannot both pass the capacity check.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from AgentPresence p where p.agent = :agent")
    Optional<AgentPresence> lockByAgent(String agent);

    /** On duty (not away) but not heard from since {@code before}: their console is closed or lost. */
    @Query("""
            select p from AgentPresence p
            where p.status <> org.passerelle.handoff.PresenceStatus.AWAY and p.lastSeen < :before""")
    List<AgentPresence> findSilentSince(Instant before);

    /** A sign of life, in one statement without the version: it never conflicts with a change of status. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AgentPresence p set p.lastSeen = :now where p.agent = :agent and p.lastSeen < :now")
    int seen(String agent, Instant now);
}
