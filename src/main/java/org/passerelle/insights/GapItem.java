package org.passerelle.insights;

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

/** One failed question, redacted before it gets here; written once, deleted after the retention period. */
@Entity
@Table(name = "gap_item")
class GapItem {

    /** The longest question text kept; the kiosk refuses much longer questions anyway. */
    static final int MAX_TEXT = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GapKind kind;

    /** With {@link GapKind#HELP_REQUESTED}: the help request's reason. */
    @Column
    private @Nullable String reason;

    @Column(name = "guide_id")
    private @Nullable String guideId;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String wording;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected GapItem() {
    }

    GapItem(long groupId, GapKind kind, @Nullable String reason, @Nullable String guideId, String redactedText,
            String wording, Instant createdAt) {
        if (redactedText.isBlank() || redactedText.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a gap item's text is 1 to " + MAX_TEXT + " characters");
        }
        this.groupId = groupId;
        this.kind = Objects.requireNonNull(kind);
        this.reason = reason;
        this.guideId = guideId;
        this.text = redactedText;
        this.wording = wording;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    String text() {
        return text;
    }
}
