package org.passerelle.handoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A registered kiosk: where an agent walks to when they help in person. */
@Entity
@Table(name = "kiosk")
class Kiosk {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String location;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The site it stands at ({@code site.SiteService}); checked to exist by {@link HandoffService#placeKiosk}. */
    @Column(name = "site_id", nullable = false)
    private long siteId;

    @SuppressWarnings("NullAway.Init")
    protected Kiosk() {
    }

    Kiosk(String id, String name, String location, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.createdAt = createdAt;
        describe(name, location);
    }

    void describe(String newName, String newLocation) {
        if (newName.isBlank() || newName.length() > 100 || newLocation.length() > 200) {
            throw new IllegalArgumentException("a kiosk needs a name (up to 100 characters) and a location (up to 200)");
        }
        this.name = newName;
        this.location = newLocation;
    }

    void placeAt(long site) {
        this.siteId = site;
    }

    KioskInfo info() {
        return new KioskInfo(id, name, location, siteId);
    }
}
