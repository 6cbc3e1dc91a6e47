package org.passerelle.kiosk;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EnrolmentRepository extends JpaRepository<Enrolment, String> {

    Optional<Enrolment> findByCodeHash(String codeHash);

    Optional<Enrolment> findBySecretHash(String secretHash);
}
