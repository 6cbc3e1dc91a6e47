package org.passerelle.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A guide's identity (table {@code content_guide}); its text is in its versions. Handing out the next version
 * number changes this row, so two editors who create a version of the same guide at once conflict on its
 * {@code @Version} instead of both getting the same number.
 */
@Entity
@Table(name = "content_guide")
class StoredGuide {

    @Id
    private String id;

    @Column(name = "next_number", nullable = false)
    private int nextNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    // A wrapper, so that Spring Data sees a new row (null) although its id is assigned.
    @Version
    private @Nullable Long version;

    @SuppressWarnings("NullAway.Init")
    protected StoredGuide() {
    }

    StoredGuide(String id, String createdBy, Instant createdAt) {
        this.id = id;
        this.nextNumber = 1;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    /** The number for a new version of this guide. */
    int takeNumber() {
        return nextNumber++;
    }
}
