package org.passerelle.handoff;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface HelpRequestRepository extends JpaRepository<HelpRequest, Long> {

    /** Requests ahead in the queue: waiting and created earlier (ties broken by id). */
    @Query("""
            select count(r) from HelpRequest r
            where r.status = org.passerelle.handoff.HelpStatus.WAITING
              and (r.createdAt < :createdAt or (r.createdAt = :createdAt and r.id < :id))""")
    long countAhead(Instant createdAt, long id);

    /** How many requests are in this status (on the index of status and creation time). */
    long countByStatus(HelpStatus status);

    /** Creation and claim times of the most recently claimed requests. */
    @Query("""
            select r.createdAt, r.claimedAt from HelpRequest r
            where r.claimedAt is not null and r.claimedAt >= :since
            order by r.claimedAt desc""")
    List<Object[]> recentWaits(Instant since, Limit limit);

    /**
     * Takes a waiting request in one statement: the database lets exactly one of several agents who claim
     * at the same moment change the row; the others update nothing.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update HelpRequest r
               set r.status = org.passerelle.handoff.HelpStatus.CLAIMED, r.agent = :agent, r.claimedAt = :now,
                   r.updatedAt = :now, r.version = r.version + 1
             where r.id = :id and r.status = org.passerelle.handoff.HelpStatus.WAITING""")
    int claim(long id, String agent, Instant now);

    @Query("""
            select r from HelpRequest r
            where r.status in (org.passerelle.handoff.HelpStatus.WAITING, org.passerelle.handoff.HelpStatus.CLAIMED,
                               org.passerelle.handoff.HelpStatus.LIVE)
            order by r.createdAt, r.id""")
    List<HelpRequest> findOpen();

    /**
     * Ends an open request in one statement, whoever holds it: the citizen's cancel (CANCELLED, no outcome) or a kiosk
     * left alone (CLOSED, "citizen left") does not fail because an agent claimed or wrote between the read and the
     * write (an entity's version check would).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update HelpRequest r
               set r.status = :status, r.outcome = :outcome, r.closedAt = :now, r.updatedAt = :now,
                   r.version = r.version + 1
             where r.id = :id
               and r.status in (org.passerelle.handoff.HelpStatus.WAITING, org.passerelle.handoff.HelpStatus.CLAIMED,
                                org.passerelle.handoff.HelpStatus.LIVE)""")
    int end(long id, HelpStatus status, @Nullable String outcome, Instant now);

    /**
     * Marks (or, with null, unmarks) an open request whose kiosk asks "Are you still there?". The version moves so
     * that screens redraw, but the update is one statement: an agent's entity read before it then loses its write
     * (told as a conflict) instead of silently undoing the mark.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update HelpRequest r
               set r.citizenIdleAt = :at, r.version = r.version + 1
             where r.id = :id
               and r.status in (org.passerelle.handoff.HelpStatus.WAITING, org.passerelle.handoff.HelpStatus.CLAIMED,
                                org.passerelle.handoff.HelpStatus.LIVE)""")
    int markCitizenIdle(long id, @Nullable Instant at);

    /**
     * Requests waiting with no change (created, handed back, or the citizen wrote) since {@code before}: the
     * time a request has waited is counted from its last change, not from its creation, which a handed-back
     * request keeps for its place in line.
     */
    @Query("""
            select r from HelpRequest r
            where r.status = org.passerelle.handoff.HelpStatus.WAITING and r.updatedAt < :before""")
    List<HelpRequest> findWaitingUnchangedSince(Instant before);

    /**
     * Expires a request in one statement if it is still waiting unchanged since {@code before}: an agent who
     * claims it (or a citizen who writes) in the meantime wins, and the other expiries go on.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update HelpRequest r
               set r.status = org.passerelle.handoff.HelpStatus.EXPIRED, r.closedAt = :now, r.updatedAt = :now,
                   r.version = r.version + 1
             where r.id = :id and r.status = org.passerelle.handoff.HelpStatus.WAITING and r.updatedAt < :before""")
    int expire(long id, Instant before, Instant now);

    @Query("""
            select r from HelpRequest r
            where r.closedAt is not null and r.closedAt < :before
              and r.status in (org.passerelle.handoff.HelpStatus.CLOSED, org.passerelle.handoff.HelpStatus.CANCELLED,
                               org.passerelle.handoff.HelpStatus.EXPIRED)""")
    List<HelpRequest> findEndedBefore(Instant before);

    /** The waiting requests, in queue order. */
    @Query("""
            select r from HelpRequest r where r.status = org.passerelle.handoff.HelpStatus.WAITING
            order by r.createdAt, r.id""")
    List<HelpRequest> findWaiting();

    /** How many conversations each agent holds (claimed or live): agent, count. */
    @Query("""
            select r.agent, count(r) from HelpRequest r
            where r.status in (org.passerelle.handoff.HelpStatus.CLAIMED, org.passerelle.handoff.HelpStatus.LIVE)
              and r.agent is not null
            group by r.agent""")
    List<Object[]> heldCounts();

    @Query("""
            select count(r) from HelpRequest r
            where r.status in (org.passerelle.handoff.HelpStatus.CLAIMED, org.passerelle.handoff.HelpStatus.LIVE)
              and r.agent = :agent""")
    long countHeldBy(String agent);

    @Query("""
            select r from HelpRequest r
            where r.status in (org.passerelle.handoff.HelpStatus.CLAIMED, org.passerelle.handoff.HelpStatus.LIVE)
              and r.agent = :agent
            order by r.createdAt, r.id""")
    List<HelpRequest> findHeldBy(String agent);

    /** Claim and close times of the most recently closed conversations an agent handled. */
    @Query("""
            select r.claimedAt, r.closedAt from HelpRequest r
            where r.status = org.passerelle.handoff.HelpStatus.CLOSED and r.claimedAt is not null
              and r.closedAt >= :since
            order by r.closedAt desc""")
    List<Object[]> recentHandling(Instant since, Limit limit);

    /** The open requests of one kiosk (waiting, claimed or live), oldest first. */
    @Query("""
            select r from HelpRequest r
            where r.kioskId = :kioskId
              and r.status in (org.passerelle.handoff.HelpStatus.WAITING, org.passerelle.handoff.HelpStatus.CLAIMED,
                               org.passerelle.handoff.HelpStatus.LIVE)
            order by r.createdAt, r.id""")
    List<HelpRequest> findOpenOfKiosk(String kioskId);

    @Query("""
            select distinct r.kioskId from HelpRequest r
            where r.status in (org.passerelle.handoff.HelpStatus.WAITING, org.passerelle.handoff.HelpStatus.CLAIMED,
                               org.passerelle.handoff.HelpStatus.LIVE)""")
    List<String> kiosksWithOpenRequests();

    /**
     * The open requests of the channels without a kiosk whose citizen has not called since {@code before}: a web chat
     * calls every few seconds while its page is open, so one silent this long has most likely been closed.
     */
    @Query("""
            select r from HelpRequest r
            where r.channel <> org.passerelle.handoff.Channel.KIOSK
              and r.status in (org.passerelle.handoff.HelpStatus.WAITING, org.passerelle.handoff.HelpStatus.CLAIMED,
                               org.passerelle.handoff.HelpStatus.LIVE)
              and r.citizenSeenAt < :before
            order by r.id""")
    List<HelpRequest> findOnlineSilentSince(Instant before);

    /**
     * The holder of a conversation token called: one statement that leaves the version alone, so that a web chat
     * polling does not make an agent's screen out of date or lose an agent's write.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update HelpRequest r set r.citizenSeenAt = :now where r.id = :id")
    int citizenSeen(long id, Instant now);

    /** The citizen cleared the web chat: its token no longer opens the conversation. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update HelpRequest r set r.tokenHash = null where r.id = :id")
    int forgetToken(long id);
}
