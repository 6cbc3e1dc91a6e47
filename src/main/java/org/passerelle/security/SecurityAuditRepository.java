package org.passerelle.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityAuditRepository extends JpaRepository<SecurityAuditEvent, Long> {

    List<SecurityAuditEvent> findByActorOrderByIdAsc(String actor);
}
