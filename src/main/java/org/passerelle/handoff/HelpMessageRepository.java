package org.passerelle.handoff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HelpMessageRepository extends JpaRepository<HelpMessage, Long> {

    List<HelpMessage> findByRequestIdOrderById(long requestId);

    /** The lines after {@code after} (a line's id; 0 for all), oldest first: what a web chat has not shown yet. */
    List<HelpMessage> findByRequestIdAndIdGreaterThanOrderById(long requestId, long after);

    java.util.Optional<HelpMessage> findFirstByRequestIdOrderByIdDesc(long requestId);
}
