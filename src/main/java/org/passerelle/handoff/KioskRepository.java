package org.passerelle.handoff;

import org.springframework.data.jpa.repository.JpaRepository;

interface KioskRepository extends JpaRepository<Kiosk, String> {
}
