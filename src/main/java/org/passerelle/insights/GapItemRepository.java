package org.passerelle.insights;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface GapItemRepository extends JpaRepository<GapItem, Long> {

    /** The latest texts of a group, newest first. */
    @Query("select i.text from GapItem i where i.groupId = :groupId order by i.id desc")
    List<String> latestTexts(long groupId, Limit limit);

    /** The guides shown or proposed in a group's items of {@code kinds}, each once. */
    @Query("select distinct i.guideId from GapItem i where i.groupId = :groupId and i.kind in :kinds"
            + " and i.guideId is not null order by i.guideId")
    List<String> guidesShown(long groupId, Collection<GapKind> kinds);

    /** Deletes the texts older than {@code before}; their groups keep counting them. */
    @Modifying
    @Query("delete from GapItem i where i.createdAt < :before")
    int deleteCreatedBefore(Instant before);
}
