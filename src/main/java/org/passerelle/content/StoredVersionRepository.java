package org.passerelle.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredVersionRepository extends JpaRepository<StoredVersion, Long> {

    Optional<StoredVersion> findByGuideIdAndNumber(String guideId, int number);

    List<StoredVersion> findByGuideIdOrderByNumberDesc(String guideId);

    Optional<StoredVersion> findFirstByGuideIdAndStateIn(String guideId, Collection<VersionState> states);

    List<StoredVersion> findByStateIn(Collection<VersionState> states);

    List<StoredVersion> findByStateAndPublishAtLessThanEqualOrderByPublishAt(VersionState state, Instant due);

    long countByState(VersionState state);
}
