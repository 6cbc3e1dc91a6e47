package org.passerelle.handoff;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HelpRequestRepository extends JpaRepository<HelpRequest, Long> {

    /** Requests ahead in the queue: waiting and created earlier (ties broken by id). */
    @Query("""
            select count(r) from HelpRequest r
            where r.status = org.passerelle.handoff.HelpStatus.WAITING
              and (r.createdAt < :createdAt or (r.createdAt = :createdAt and r.id < :id))""")
    long countAhead(Instant createdAt, long id);

    /** Seconds from creation to claim of the most recently claimed requests. */
    @Query("""
            select r.createdAt, r.claimedAt from HelpRequest r
            where r.claimedAt is not null and r.claimedAt >= :since
            order by r.claimedAt desc""")
    List<Object[]> recentWaits(Instant since, Limit limit);
}
