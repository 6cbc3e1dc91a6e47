package org.passerelle.handoff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HelpNoteRepository extends JpaRepository<HelpNote, Long> {

    List<HelpNote> findByRequestIdOrderById(long requestId);
}
