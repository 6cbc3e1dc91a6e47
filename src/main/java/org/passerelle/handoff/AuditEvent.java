package org.passerelle.handoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit log: who did what to which request. Never the text of a message. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "request_id")
    private @Nullable Long requestId;

    @Column
    private @Nullable String detail;

    @SuppressWarnings("NullAway.Init")
    protected AuditEvent() {
    }

    AuditEvent(Instant at, String actor, String action, @Nullable Long requestId, @Nullable String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.requestId = requestId;
        this.detail = detail;
    }

    AuditEntry view() {
        return new AuditEntry(at, actor, action, requestId, detail);
    }
}
