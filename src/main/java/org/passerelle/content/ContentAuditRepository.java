package org.passerelle.content;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContentAuditRepository extends JpaRepository<ContentAuditEvent, Long> {

    List<ContentAuditEvent> findByGuideIdOrderById(String guideId);

    List<ContentAuditEvent> findByOrderByIdDesc(Limit limit);
}
