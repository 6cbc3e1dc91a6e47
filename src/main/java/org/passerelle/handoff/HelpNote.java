package org.passerelle.handoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An agent's private note on a request; never shown on the kiosk. */
@Entity
@Table(name = "help_note")
class HelpNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(nullable = false)
    private String author;

    @Column(nullable = false, length = HelpMessage.MAX_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected HelpNote() {
    }

    HelpNote(long requestId, String author, String body, Instant createdAt) {
        this.requestId = requestId;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    Note view() {
        return new Note(author, body, createdAt);
    }
}
