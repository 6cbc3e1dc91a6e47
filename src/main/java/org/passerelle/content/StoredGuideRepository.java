package org.passerelle.content;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredGuideRepository extends JpaRepository<StoredGuide, String> {
}
