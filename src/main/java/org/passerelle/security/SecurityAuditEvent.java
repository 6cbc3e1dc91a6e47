package org.passerelle.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the security audit log (table {@code security_audit_event}). Never a password. */
@Entity
@Table(name = "security_audit_event")
class SecurityAuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(length = 64)
    private @Nullable String client;

    @Column(length = 200)
    private @Nullable String detail;

    @SuppressWarnings("NullAway.Init")
    protected SecurityAuditEvent() {
    }

    SecurityAuditEvent(Instant at, String actor, String action, @Nullable String client, @Nullable String detail) {
        this.at = at;
        this.actor = cut(actor, 64);
        this.action = action;
        this.client = client == null ? null : cut(client, 64);
        this.detail = detail == null ? null : cut(detail, 200);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    String actor() {
        return actor;
    }

    String action() {
        return action;
    }

    @Nullable String client() {
        return client;
    }
}
