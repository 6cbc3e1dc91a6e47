package org.passerelle.insights;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.passerelle.insights.InsightsException.Problem;
import org.passerelle.knowledge.Language;

/** A group of similarly worded failed questions and the editor's decision about it. Editors may act at once. */
@Entity
@Table(name = "gap_group")
class GapGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language;

    /** The normalised words of the first question: what new questions are compared with. */
    @Column(nullable = false)
    private String wording;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GapStatus status;

    @Enumerated(EnumType.STRING)
    @Column
    private @Nullable GapDecision decision;

    @Column(nullable = false)
    private int items;

    @Column(name = "items_since_decision", nullable = false)
    private int itemsSinceDecision;

    @Column(name = "not_understood", nullable = false)
    private int notUnderstood;

    @Column(name = "none_of_these", nullable = false)
    private int noneOfThese;

    @Column(name = "not_helped", nullable = false)
    private int notHelped;

    @Column(name = "help_requested", nullable = false)
    private int helpRequested;

    @Column(name = "wrong_answer", nullable = false)
    private int wrongAnswer;

    @Column(name = "low_margin", nullable = false)
    private int lowMargin;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decided_by")
    private @Nullable String decidedBy;

    @Column(name = "guide_id")
    private @Nullable String guideId;

    @ElementCollection
    @CollectionTable(name = "gap_training_phrase", joinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "position")
    @Column(name = "phrase", nullable = false)
    private List<String> phrases = new ArrayList<>();

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected GapGroup() {
    }

    GapGroup(Language language, String wording, Instant now) {
        if (wording.isBlank()) {
            throw new IllegalArgumentException("a group needs words to compare with");
        }
        this.language = Objects.requireNonNull(language);
        this.wording = wording;
        this.status = GapStatus.OPEN;
        this.firstSeen = now;
        this.lastSeen = now;
    }

    long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    /**
     * Counts one more failed question. A decided group counts it too; when {@code reopenAfter} (more than 0) have
     * come since a decision other than dismissal, the decision has not closed the gap and the group reopens.
     */
    void add(GapKind kind, Instant now, int reopenAfter) {
        items++;
        switch (kind) {
            case NOT_UNDERSTOOD -> notUnderstood++;
            case NONE_OF_THESE -> noneOfThese++;
            case NOT_HELPED -> notHelped++;
            case HELP_REQUESTED -> helpRequested++;
            case WRONG_ANSWER -> wrongAnswer++;
            case LOW_MARGIN -> lowMargin++;
        }
        lastSeen = now.isAfter(lastSeen) ? now : lastSeen;
        if (decision != null) {
            itemsSinceDecision++;
        }
        if (status == GapStatus.DECIDED && decision != GapDecision.DISMISSED && reopenAfter > 0
                && itemsSinceDecision >= reopenAfter) {
            status = GapStatus.OPEN;
        }
    }

    /** Records an editor's decision; only an open group can be decided. */
    void decide(GapDecision what, @Nullable String guide, List<String> proposed, String editor, Instant now) {
        if (status != GapStatus.OPEN) {
            throw new InsightsException(Problem.ALREADY_DECIDED);
        }
        status = GapStatus.DECIDED;
        decision = what;
        guideId = guide;
        phrases.clear();
        phrases.addAll(proposed);
        decidedBy = editor;
        decidedAt = now;
        itemsSinceDecision = 0;
    }

    /** A guide was started for a group that needed one: it leaves the list of groups waiting for a guide. */
    void guideStarted(String guide) {
        if (decision != GapDecision.NEW_GUIDE || guideId != null) {
            throw new InsightsException(Problem.NOT_WAITING_FOR_GUIDE);
        }
        guideId = guide;
    }

    String wording() {
        return wording;
    }

    GapStatus status() {
        return status;
    }

    @Nullable GapDecision decision() {
        return decision;
    }

    @Nullable String guideId() {
        return guideId;
    }

    List<String> phrases() {
        return List.copyOf(phrases);
    }

    @Nullable Instant decidedAt() {
        return decidedAt;
    }

    @Nullable String decidedBy() {
        return decidedBy;
    }

    Language language() {
        return language;
    }

    GapGroupSummary summary(List<String> examples, List<String> guidesShown) {
        Map<GapKind, Integer> kinds = new EnumMap<>(GapKind.class);
        kinds.put(GapKind.NOT_UNDERSTOOD, notUnderstood);
        kinds.put(GapKind.NONE_OF_THESE, noneOfThese);
        kinds.put(GapKind.NOT_HELPED, notHelped);
        kinds.put(GapKind.HELP_REQUESTED, helpRequested);
        kinds.put(GapKind.WRONG_ANSWER, wrongAnswer);
        kinds.put(GapKind.LOW_MARGIN, lowMargin);
        return new GapGroupSummary(id(), language, status, items, itemsSinceDecision, kinds, examples, firstSeen,
                lastSeen, decision, decidedAt, decidedBy, guideId, phrases, guidesShown);
    }
}
