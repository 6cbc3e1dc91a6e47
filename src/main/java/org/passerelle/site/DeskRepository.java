package org.passerelle.site;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeskRepository extends JpaRepository<Desk, Long> {
}
