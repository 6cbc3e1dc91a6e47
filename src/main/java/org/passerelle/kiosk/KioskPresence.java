package org.passerelle.kiosk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * When a kiosk was last heard from, the kind of screen it showed and its browser session (table
 * {@code kiosk_presence}). No version: the last word of the kiosk is the right one, and only its own screen writes it.
 */
@Entity
@Table(name = "kiosk_presence")
class KioskPresence {

    @Id
    @Column(name = "kiosk_id")
    private String kioskId;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KioskScreenKind screen;

    @Column(name = "session_id", nullable = false)
    private String sessionId;

    @Column(name = "session_started_at", nullable = false)
    private Instant sessionStartedAt;

    @SuppressWarnings("NullAway.Init")
    protected KioskPresence() {
    }

    KioskPresence(String kioskId, BrowserSession session, KioskScreenKind screen, Instant now) {
        this.kioskId = Objects.requireNonNull(kioskId);
        this.sessionId = session.id();
        this.sessionStartedAt = session.startedAt();
        seen(screen, now);
    }

    String kioskId() {
        return kioskId;
    }

    Instant lastSeenAt() {
        return lastSeenAt;
    }

    KioskScreenKind screen() {
        return screen;
    }

    /** Whether {@code session} is a later one than the session this kiosk reported from until now. */
    boolean startedBefore(BrowserSession session) {
        return !sessionId.equals(session.id()) && sessionStartedAt.isBefore(session.startedAt());
    }

    boolean from(BrowserSession session) {
        return sessionId.equals(session.id());
    }

    void takenOverBy(BrowserSession session) {
        sessionId = session.id();
        sessionStartedAt = session.startedAt();
    }

    void seen(KioskScreenKind shown, Instant now) {
        screen = Objects.requireNonNull(shown);
        lastSeenAt = now;
    }
}
