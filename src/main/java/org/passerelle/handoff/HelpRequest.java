package org.passerelle.handoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/** A help request as stored. Agents may act on it at the same time, hence the version. */
@Entity
@Table(name = "help_request")
class HelpRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "kiosk_id", nullable = false)
    private String kioskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HelpReason reason;

    @Column(name = "guide_id")
    private @Nullable String guideId;

    @Column(name = "step_number")
    private @Nullable Integer step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HelpStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "claimed_at")
    private @Nullable Instant claimedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column
    private @Nullable String outcome;

    @Column
    private @Nullable String agent;

    @Column(name = "coming_over", nullable = false)
    private boolean comingOver;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The kiosk asked "Are you still there?" at this time and nobody has answered yet. */
    @Column(name = "citizen_idle_at")
    private @Nullable Instant citizenIdleAt;

    @Column(name = "sent_guide_id")
    private @Nullable String sentGuideId;

    @Column(name = "sent_step")
    private @Nullable Integer sentStep;

    /** The last agent who transferred it, and their note for the next one (redacted). */
    @Column(name = "transferred_by")
    private @Nullable String transferredBy;

    @Column(name = "transfer_note")
    private @Nullable String transferNote;

    @Column(name = "transferred_at")
    private @Nullable Instant transferredAt;

    /** Handed to the remote team: the remote desks are offered it at once while it waits. */
    @Column(name = "to_remote", nullable = false)
    private boolean toRemote;

    /** The kiosk's browser session it was asked from ({@link NewHelpRequest#kioskSession()}). */
    @Column(name = "kiosk_session")
    private @Nullable String kioskSession;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel = Channel.KIOSK;

    /** For another channel than a kiosk: the site it is routed for. A kiosk's request follows its kiosk's site. */
    @Column(name = "site_id")
    private @Nullable Long siteId;

    /** SHA-256 (hex) of the conversation token another channel's caller follows it with ({@link ConversationToken}). */
    @Column(name = "token_hash", length = 64)
    private @Nullable String tokenHash;

    /** The last call of that caller with the token: it expires after a while without one. */
    @Column(name = "citizen_seen_at")
    private @Nullable Instant citizenSeenAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected HelpRequest() {
    }

    HelpRequest(String kioskId, Language language, HelpReason reason, @Nullable String guideId,
            @Nullable Integer step, Instant createdAt, @Nullable String kioskSession) {
        if (kioskId.isBlank() || kioskId.length() > 64) {
            throw new IllegalArgumentException("kiosk id must be 1 to 64 characters");
        }
        if (step != null && step < 1) {
            throw new IllegalArgumentException("steps are counted from 1");
        }
        this.kioskId = kioskId;
        this.language = Objects.requireNonNull(language);
        this.reason = Objects.requireNonNull(reason);
        this.guideId = guideId;
        this.step = step;
        this.status = HelpStatus.WAITING;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = createdAt;
        this.kioskSession = kioskSession;
    }

    /** A request of another channel than a kiosk, routed for {@code siteId}, followed with a token of this hash. */
    HelpRequest(NewHelpRequest request, Instant createdAt, @Nullable String tokenHash) {
        this(request.kioskId(), request.language(), request.reason(), request.guideId(), request.step(), createdAt,
                request.kioskSession());
        this.channel = request.channel();
        this.siteId = request.siteId();
        this.tokenHash = tokenHash;
        this.citizenSeenAt = tokenHash == null ? null : createdAt;
    }

    long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    HelpStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    String kioskId() {
        return kioskId;
    }

    @Nullable String agent() {
        return agent;
    }

    Language language() {
        return language;
    }

    HelpReason reason() {
        return reason;
    }

    @Nullable Instant claimedAt() {
        return claimedAt;
    }

    @Nullable Instant closedAt() {
        return closedAt;
    }

    @Nullable String outcome() {
        return outcome;
    }

    HelpRequestSummary summary() {
        return new HelpRequestSummary(id(), kioskId, language, reason, guideId, step, status, createdAt, claimedAt,
                closedAt, outcome == null ? null : HelpOutcome.valueOf(outcome), agent, comingOver, version, sentGuideId,
                sentStep, citizenIdleAt, transferredBy, transferNote, transferredAt, toRemote, channel);
    }

    Channel channel() {
        return channel;
    }

    /** The site it is routed for, when it is not a kiosk's (whose site is its kiosk's). */
    @Nullable Long siteId() {
        return siteId;
    }

    @Nullable String tokenHash() {
        return tokenHash;
    }

    /** When the citizen was first thought gone (no answer to "Are you still there?", or a web chat gone silent). */
    @Nullable Instant citizenIdleAt() {
        return citizenIdleAt;
    }

    @Nullable Instant citizenSeenAt() {
        return citizenSeenAt;
    }

    /** Offered to the remote desks at once from the start (see {@link OnlineHelpSettings#remoteAtOnce()}). */
    void toRemoteAtOnce() {
        toRemote = true;
    }

    @Nullable String kioskSession() {
        return kioskSession;
    }

    boolean toRemote() {
        return toRemote;
    }

    /** Checks that {@code by} holds this request and that it is still open. */
    void requireHeldBy(String by) {
        if (!status.open()) {
            throw new HandoffException(HandoffException.Problem.CLOSED, id());
        }
        if (status == HelpStatus.WAITING || !by.equals(agent)) {
            throw new HandoffException(HandoffException.Problem.NOT_YOURS, id());
        }
    }

    /** The agent writes to the citizen or says they are coming: the request is live. */
    void goLive(Instant now) {
        status = HelpStatus.LIVE;
        updatedAt = now;
    }

    void comingOver(Instant now) {
        comingOver = true;
        goLive(now);
    }

    /** Back to the queue, in its original place, for another agent. */
    void release(Instant now) {
        status = HelpStatus.WAITING;
        agent = null;
        claimedAt = null;
        comingOver = false;
        updatedAt = now;
    }

    /** Another agent holds it now, as it is (claimed or live), with the note of the one who held it. */
    void transferTo(String colleague, String from, @Nullable String note, Instant now) {
        agent = colleague;
        toRemote = false;
        transferred(from, note, now);
    }

    /** Back to the queue in its original place, for the remote desks at once. */
    void transferToRemote(String from, @Nullable String note, Instant now) {
        release(now);
        toRemote = true;
        transferred(from, note, now);
    }

    private void transferred(String from, @Nullable String note, Instant now) {
        transferredBy = from;
        transferNote = note;
        transferredAt = now;
        updatedAt = now;
    }

    void close(HelpOutcome result, Instant now) {
        status = HelpStatus.CLOSED;
        outcome = result.name();
        closedAt = now;
        updatedAt = now;
    }

    /** The agent sent a guide to the kiosk: the record keeps the last one. */
    void guideSent(String guide, int stepNumber, Instant now) {
        sentGuideId = guide;
        sentStep = stepNumber;
        goLive(now);
    }

    void touch(Instant now) {
        updatedAt = now;
    }
}
