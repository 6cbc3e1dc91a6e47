package org.passerelle.insights;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GapGroupRepository extends JpaRepository<GapGroup, Long> {

    /** Ids and wordings of the groups a new question of {@code language} may join. */
    @Query("select g.id, g.wording from GapGroup g where g.language = :language and g.lastSeen >= :since")
    List<Object[]> wordingsSeenSince(Language language, Instant since);

    /** The groups in a state, in one language or all, the largest first. */
    @Query("""
            select g from GapGroup g
            where g.status = :status and (:language is null or g.language = :language)
            order by g.items desc, g.lastSeen desc, g.id""")
    List<GapGroup> findByStatus(GapStatus status, @Nullable Language language, Limit limit);

    @Query("""
            select g from GapGroup g
            where g.status = org.passerelle.insights.GapStatus.DECIDED
              and g.decision = org.passerelle.insights.GapDecision.NEW_GUIDE and g.guideId is null
            order by g.items desc, g.lastSeen desc, g.id""")
    List<GapGroup> findWaitingForNewGuide(Limit limit);

    @Query("""
            select g from GapGroup g
            where g.decision = org.passerelle.insights.GapDecision.TRAINING_PHRASES
            order by g.decidedAt desc, g.id desc""")
    List<GapGroup> findTrainingPhrases();
}
