package org.passerelle.kiosk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The enrolment of one kiosk (table {@code kiosk_enrolment}): hashes of its pending code and of its device secret. */
@Entity
@Table(name = "kiosk_enrolment")
class Enrolment {

    @Id
    @Column(name = "kiosk_id")
    private String kioskId;

    @Column(name = "code_hash")
    private @Nullable String codeHash;

    @Column(name = "code_expires_at")
    private @Nullable Instant codeExpiresAt;

    @Column(name = "code_issued_by")
    private @Nullable String codeIssuedBy;

    @Column(name = "secret_hash")
    private @Nullable String secretHash;

    @Column(name = "enrolled_at")
    private @Nullable Instant enrolledAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by")
    private @Nullable String revokedBy;

    /** Null until first saved, so that two administrators creating the row at once collide on its key. */
    @Version
    private @Nullable Long version;

    @SuppressWarnings("NullAway.Init")
    protected Enrolment() {
    }

    Enrolment(String kioskId) {
        this.kioskId = Objects.requireNonNull(kioskId);
    }

    String kioskId() {
        return kioskId;
    }

    /** A new code replaces any pending one; the browser enrolled now stays the kiosk until the code is used. */
    void issue(String newCodeHash, Instant expiresAt, String admin) {
        codeHash = newCodeHash;
        codeExpiresAt = expiresAt;
        codeIssuedBy = cut(admin);
    }

    boolean expired(Instant now) {
        return codeExpiresAt == null || !now.isBefore(codeExpiresAt);
    }

    /** The code is used up; the new browser's secret replaces the previous one (that browser is not the kiosk any more). */
    void enrol(String newSecretHash, Instant now) {
        codeHash = null;
        codeExpiresAt = null;
        secretHash = newSecretHash;
        enrolledAt = now;
    }

    /** The device secret stops working at once, and so does a pending code. */
    void revoke(Instant now, String admin) {
        codeHash = null;
        codeExpiresAt = null;
        secretHash = null;
        enrolledAt = null;
        revokedAt = now;
        revokedBy = cut(admin);
    }

    EnrolmentStatus status(Instant now) {
        return new EnrolmentStatus(kioskId, secretHash == null ? null : enrolledAt,
                codeHash == null || expired(now) ? null : codeExpiresAt, revokedAt);
    }

    private static String cut(String name) {
        return name.length() <= 64 ? name : name.substring(0, 64);
    }
}
