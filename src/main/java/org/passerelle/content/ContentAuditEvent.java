package org.passerelle.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the content audit log (table {@code content_audit}). */
@Entity
@Table(name = "content_audit")
class ContentAuditEvent {

    static final int MAX_DETAIL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "guide_id")
    private @Nullable String guideId;

    @Column
    private @Nullable Integer number;

    @Column
    private @Nullable String detail;

    @SuppressWarnings("NullAway.Init")
    protected ContentAuditEvent() {
    }

    ContentAuditEvent(Instant at, String actor, String action, @Nullable String guideId, @Nullable Integer number,
            @Nullable String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.guideId = guideId;
        this.number = number;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }

    AuditRecord view() {
        return new AuditRecord(at, actor, action, guideId, number, detail);
    }
}
