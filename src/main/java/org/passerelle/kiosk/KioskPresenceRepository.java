package org.passerelle.kiosk;

import org.springframework.data.jpa.repository.JpaRepository;

interface KioskPresenceRepository extends JpaRepository<KioskPresence, String> {
}
