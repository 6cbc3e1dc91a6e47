package org.passerelle.handoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One line of a help request's conversation, already redacted. */
@Entity
@Table(name = "help_message")
class HelpMessage {

    /** The column's size; longer text is cut with an ellipsis (the kiosk already refuses long questions). */
    static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Speaker speaker;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected HelpMessage() {
    }

    HelpMessage(long requestId, Speaker speaker, String body, Instant createdAt) {
        this.requestId = requestId;
        this.speaker = Objects.requireNonNull(speaker);
        this.body = body.length() <= MAX_LENGTH ? body : body.substring(0, MAX_LENGTH - 1) + "…";
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    long id() {
        return java.util.Objects.requireNonNull(id, "not saved yet");
    }

    ChatLine view() {
        return new ChatLine(speaker, body, createdAt);
    }

    Speaker speaker() {
        return speaker;
    }

    String body() {
        return body;
    }
}
