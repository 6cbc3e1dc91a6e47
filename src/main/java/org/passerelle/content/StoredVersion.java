package org.passerelle.content;

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
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.passerelle.content.ContentException.Problem;
import org.passerelle.knowledge.Language;

/**
 * A guide version (table {@code content_guide_version}): the guide's two Markdown files as text, its state in
 * the workflow and who moved it there. Every change goes through a method that checks the state first; the
 * {@code @Version} is the optimistic lock editors pass back.
 */
@Entity
@Table(name = "content_guide_version")
class StoredVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "guide_id", nullable = false)
    private String guideId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionState state;

    @Column(name = "text_en", nullable = false, length = 1_000_000)
    private String textEn;

    @Column(name = "text_fr", nullable = false, length = 1_000_000)
    private String textFr;

    @Column(name = "based_on")
    private @Nullable Integer basedOn;

    /** Comma-separated usernames (they contain no comma). */
    @Column(nullable = false)
    private String contributors;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "submitted_by")
    private @Nullable String submittedBy;

    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    @Column(name = "approved_by")
    private @Nullable String approvedBy;

    @Column(name = "publish_at")
    private @Nullable Instant publishAt;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "published_by")
    private @Nullable String publishedBy;

    @Column(name = "archived_at")
    private @Nullable Instant archivedAt;

    @Column(name = "review_comment")
    private @Nullable String reviewComment;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected StoredVersion() {
    }

    /** A new version in {@code state} ({@link VersionState#DRAFT}, or PUBLISHED for an import or roll-back). */
    StoredVersion(String guideId, int number, VersionState state, Map<Language, String> texts,
            @Nullable Integer basedOn, String by, Instant at) {
        this.guideId = guideId;
        this.number = number;
        this.state = state;
        this.textEn = texts.getOrDefault(Language.EN, "");
        this.textFr = texts.getOrDefault(Language.FR, "");
        this.basedOn = basedOn;
        this.contributors = by;
        this.createdAt = at;
        this.createdBy = by;
        this.updatedAt = at;
        this.updatedBy = by;
        if (state == VersionState.PUBLISHED) {
            this.publishedAt = at;
            this.publishedBy = by;
        }
    }

    String guideId() {
        return guideId;
    }

    int number() {
        return number;
    }

    VersionState state() {
        return state;
    }

    long lockVersion() {
        return version;
    }

    @Nullable Integer basedOn() {
        return basedOn;
    }

    @Nullable Instant publishAt() {
        return publishAt;
    }

    Map<Language, String> texts() {
        return Map.of(Language.EN, textEn, Language.FR, textFr);
    }

    Set<String> contributors() {
        return new TreeSet<>(Arrays.asList(contributors.split(",")));
    }

    /** Was ever published (it may be archived since). */
    boolean wasPublished() {
        return publishedAt != null;
    }

    // ---- the workflow -----------------------------------------------------------------------------

    /** Refuses a change based on an older reading of this version. */
    void expectLock(long lockVersion) {
        if (lockVersion != version) {
            throw new ContentException(Problem.CONFLICT, guideId + " version " + number + " was changed by "
                    + updatedBy + " since you read it; reload it");
        }
    }

    void edit(Map<Language, String> texts, String by, Instant at) {
        expectState(VersionState.DRAFT, "edited");
        this.textEn = texts.getOrDefault(Language.EN, "");
        this.textFr = texts.getOrDefault(Language.FR, "");
        contribute(by);
        touch(by, at);
    }

    void submit(String by, Instant at) {
        expectState(VersionState.DRAFT, "submitted");
        this.state = VersionState.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
        contribute(by);
        touch(by, at);
    }

    void approve(String by, Instant at) {
        expectState(VersionState.SUBMITTED, "approved");
        if (contributors().contains(by)) {
            throw new ContentException(Problem.OWN_CHANGE, by + " created, edited or submitted " + guideId
                    + " version " + number + ": another editor must approve it");
        }
        this.state = VersionState.APPROVED;
        this.approvedBy = by;
        this.approvedAt = at;
        touch(by, at);
    }

    void reject(String comment, String by, Instant at) {
        expectState(VersionState.SUBMITTED, "sent back to draft");
        this.state = VersionState.DRAFT;
        this.reviewComment = comment;
        touch(by, at);
    }

    void schedule(Instant publishAt, String by, Instant at) {
        expectState(VersionState.APPROVED, "scheduled");
        this.state = VersionState.SCHEDULED;
        this.publishAt = publishAt;
        touch(by, at);
    }

    void unschedule(String by, Instant at, @Nullable String why) {
        expectState(VersionState.SCHEDULED, "unscheduled");
        this.state = VersionState.APPROVED;
        this.publishAt = null;
        if (why != null) {
            this.reviewComment = why;
        }
        touch(by, at);
    }

    void publish(String by, Instant at) {
        if (state != VersionState.APPROVED && state != VersionState.SCHEDULED) {
            throw wrongState("published");
        }
        this.state = VersionState.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
        touch(by, at);
    }

    void archive(String by, Instant at) {
        expectState(VersionState.PUBLISHED, "archived");
        this.state = VersionState.ARCHIVED;
        this.archivedAt = at;
        touch(by, at);
    }

    private void expectState(VersionState expected, String action) {
        if (state != expected) {
            throw wrongState(action);
        }
    }

    private ContentException wrongState(String action) {
        return new ContentException(Problem.WRONG_STATE, guideId + " version " + number + " is " + state
                + " and cannot be " + action);
    }

    private void contribute(String by) {
        Set<String> all = contributors();
        all.add(by);
        this.contributors = String.join(",", all);
    }

    private void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    GuideVersion view() {
        return new GuideVersion(guideId, number, state, texts(), basedOn, contributors(),
                new Stamp(createdBy, createdAt), new Stamp(updatedBy, updatedAt), stamp(submittedBy, submittedAt),
                stamp(approvedBy, approvedAt), publishAt, stamp(publishedBy, publishedAt), archivedAt, reviewComment,
                version);
    }

    private static @Nullable Stamp stamp(@Nullable String by, @Nullable Instant at) {
        return by == null || at == null ? null : new Stamp(by, at);
    }
}
