package org.passerelle.insights;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passerelle.insights.InsightsException.Problem;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.privacy.Redactor;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The content-gap loop: questions the kiosk failed, grouped by similar wording, and what editors decide about each
 * group — turn it into training phrases for a guide, mark it as needing a new guide, or dismiss it. A decided group
 * leaves the open list. Similar questions that keep failing after a decision are still counted in its group; after
 * {@link InsightsSettings#reopenAfter()} of them a group turned into phrases or marked for a new guide reopens (the
 * decision did not close the gap), while a dismissed one never does (dismissing says "not a content problem", and
 * reopening it would nag editors about greetings and tests forever).
 *
 * <p>Every question text is redacted with {@link Redactor} before it is stored, and deleted after
 * {@link InsightsSettings#itemRetention()}; the counts stay.
 */
@Service
@Transactional(readOnly = true)
public class GapService {

    /** The most phrases kept from one decision, and the longest phrase. */
    static final int MAX_PHRASES = 20;
    static final int MAX_PHRASE = 200;
    /** The most groups a list shows: the largest, which matter most. */
    static final int LIST_LIMIT = 100;
    private static final int EXAMPLE_SCAN = 20;
    /** The kinds of gap where the kiosk showed or proposed a guide that was (probably) not the one asked for. */
    private static final Set<GapKind> WRONG_GUIDE_KINDS = EnumSet.of(GapKind.WRONG_ANSWER, GapKind.LOW_MARGIN);

    private final GapGroupRepository groups;
    private final GapItemRepository items;
    private final KnowledgeService knowledge;
    private final Redactor redactor;
    private final InsightsSettings settings;
    private final Writes writes;
    private final Clock clock;
    private final InsightsAccess access;

    GapService(GapGroupRepository groups, GapItemRepository items, KnowledgeService knowledge, Redactor redactor,
            InsightsSettings settings, Writes writes, Clock clock,
            InsightsAccess access) {
        this.access = access;
        this.groups = groups;
        this.items = items;
        this.knowledge = knowledge;
        this.redactor = redactor;
        this.settings = settings;
        this.writes = writes;
        this.clock = clock;
    }

    // ---- Collecting (the listener) ------------------------------------------------------------------

    /**
     * Redacts and keeps a failed question in the group of the most similar wording, or in a new group.
     *
     * @return the group, or empty when the question has no words to group by (only stop words, only identifiers)
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    Optional<Long> record(NewGap gap) {
        return record(gap, clock.instant());
    }

    /** {@link #record(NewGap)} of a question that failed at {@code now} (the listener records it a little later). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    Optional<Long> record(NewGap gap, Instant now) {
        String text = redacted(gap.text(), GapItem.MAX_TEXT);
        List<String> tokens = Wording.tokens(text, gap.language());
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(writes.run(() -> {
            List<Wording.Candidate> candidates = groups.wordingsSeenSince(gap.language(), now.minus(settings.groupWindow()))
                    .stream().map(row -> new Wording.Candidate((Long) row[0], Wording.split((String) row[1]))).toList();
            GapGroup group = Wording.closest(tokens, candidates, settings.similarity())
                    .flatMap(c -> groups.findById(c.id()))
                    .orElseGet(() -> groups.save(new GapGroup(gap.language(), String.join(" ", tokens), now)));
            group.add(gap.kind(), now, settings.reopenAfter());
            items.save(new GapItem(group.id(), gap.kind(), gap.reason(), gap.guideId(), text, String.join(" ", tokens),
                    now));
            return group.id();
        }));
    }

    /** Text as it may be stored: identifiers replaced, then cut (so that no cut hides half an identifier). */
    String redacted(String raw, int max) {
        return redactor.redact(raw.strip(), max);
    }

    // ---- Editors ------------------------------------------------------------------------------------

    /**
     * The groups in {@code status}, in one language or both, the largest first (at most {@value #LIST_LIMIT}).
     *
     * @param language {@code null} for both languages
     */
    public List<GapGroupSummary> groups(@Nullable Language language, GapStatus status) {
        access.require();
        return groups.findByStatus(status, language, Limit.of(LIST_LIMIT)).stream().map(this::summary).toList();
    }

    public Optional<GapGroupSummary> group(long id) {
        access.require();
        return groups.findById(id).map(this::summary);
    }

    /**
     * Phrases an editor may start from: the group's distinct recent questions, without those that held an identifier
     * (a placeholder such as {@code [sin]} teaches a classifier nothing).
     */
    public List<String> suggestedPhrases(long id) {
        access.require();
        GapGroup group = find(id);
        return distinct(items.latestTexts(group.id(), Limit.of(EXAMPLE_SCAN)).stream()
                .filter(text -> !Wording.hasPlaceholder(text)).toList(), MAX_PHRASES);
    }

    /**
     * Records that the group's questions should become training phrases of {@code guideId}. The phrases are
     * stripped, redacted and deduplicated; at most {@value #MAX_PHRASES} are kept. Changing the guide itself is the
     * editing workflow's job: the editor adds the phrases returned to the guide's draft.
     *
     * @throws InsightsException {@code UNKNOWN_GROUP}, {@code ALREADY_DECIDED}, {@code UNKNOWN_GUIDE},
     *                           {@code NO_PHRASES}, {@code PHRASE_TOO_LONG}
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public TrainingPhrases turnIntoTrainingPhrases(long id, String guideId, List<String> phrases, String editor) {
        access.require(editor);
        Guide guide = knowledge.current().guide(guideId).orElseThrow(() -> new InsightsException(Problem.UNKNOWN_GUIDE));
        List<String> kept = cleanPhrases(phrases);
        GapGroupSummary decided = decide(id, GapDecision.TRAINING_PHRASES, guide.id(), kept, editor);
        return new TrainingPhrases(id, guide.id(), decided.language(), kept, requireDecidedAt(decided), editor);
    }

    /** Records that no guide answers the group's questions and one should be written. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public GapGroupSummary markNeedsNewGuide(long id, String editor) {
        access.require(editor);
        return decide(id, GapDecision.NEW_GUIDE, null, List.of(), editor);
    }

    /** Records that the group is not a content problem; it leaves the open list for good. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public GapGroupSummary dismiss(long id, String editor) {
        access.require(editor);
        return decide(id, GapDecision.DISMISSED, null, List.of(), editor);
    }

    /**
     * Groups marked as needing a new guide for which no guide was started yet, the largest first: the editor's list
     * of guides to write.
     */
    public List<GapGroupSummary> waitingForNewGuide() {
        access.require();
        return groups.findWaitingForNewGuide(Limit.of(LIST_LIMIT)).stream().map(this::summary).toList();
    }

    /**
     * Records that {@code guideId} was started to answer a group that needed a new guide.
     *
     * @throws InsightsException {@code UNKNOWN_GROUP}, {@code NOT_WAITING_FOR_GUIDE}
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public GapGroupSummary newGuideStarted(long id, String guideId, String editor) {
        access.require(editor);
        return writes.run(() -> {
            GapGroup group = find(id);
            group.guideStarted(guideId);
            return summary(groups.saveAndFlush(group));
        });
    }

    /**
     * Every proposal of training phrases, newest first: what the editing workflow has to apply to guides. A group
     * that reopened after its phrases were proposed still lists them.
     */
    public List<TrainingPhrases> trainingPhrases() {
        access.require();
        List<TrainingPhrases> all = new ArrayList<>();
        for (GapGroup group : groups.findTrainingPhrases()) {
            String guide = group.guideId();
            Instant at = group.decidedAt();
            String by = group.decidedBy();
            if (guide != null && at != null && by != null) {
                all.add(new TrainingPhrases(group.id(), guide, group.language(), group.phrases(), at, by));
            }
        }
        return all;
    }

    /** The proposals for one guide, newest first. */
    public List<TrainingPhrases> trainingPhrasesFor(String guideId) {
        return trainingPhrases().stream().filter(p -> p.guideId().equals(guideId)).toList();
    }

    /**
     * Deletes question texts older than {@link InsightsSettings#itemRetention()}; groups keep their counts.
     *
     * @return how many texts were deleted
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int purgeOldTexts() {
        Instant before = clock.instant().minus(settings.itemRetention());
        return writes.run(() -> items.deleteCreatedBefore(before));
    }

    // ---- Helpers ------------------------------------------------------------------------------------

    private GapGroupSummary decide(long id, GapDecision decision, @Nullable String guideId, List<String> phrases,
            String editor) {
        Instant now = clock.instant();
        return writes.run(() -> {
            GapGroup group = find(id);
            group.decide(decision, guideId, phrases, editor, now);
            return summary(groups.saveAndFlush(group));
        });
    }

    private List<String> cleanPhrases(List<String> phrases) {
        List<String> cleaned = new ArrayList<>();
        for (String phrase : phrases) {
            String stripped = phrase.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (stripped.length() > MAX_PHRASE) {
                throw new InsightsException(Problem.PHRASE_TOO_LONG);
            }
            cleaned.add(redactor.redact(stripped).text());
        }
        List<String> kept = distinct(cleaned, MAX_PHRASES);
        if (kept.isEmpty()) {
            throw new InsightsException(Problem.NO_PHRASES);
        }
        return kept;
    }

    private GapGroup find(long id) {
        return groups.findById(id).orElseThrow(() -> new InsightsException(Problem.UNKNOWN_GROUP));
    }

    private GapGroupSummary summary(GapGroup group) {
        return group.summary(distinct(items.latestTexts(group.id(), Limit.of(EXAMPLE_SCAN)), settings.examples()),
                items.guidesShown(group.id(), WRONG_GUIDE_KINDS));
    }

    /** The first {@code max} texts that differ by more than letter case, in order. */
    private static List<String> distinct(List<String> texts, int max) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String text : texts) {
            if (byKey.size() == max) {
                break;
            }
            byKey.putIfAbsent(text.toLowerCase(Locale.ROOT), text);
        }
        return List.copyOf(byKey.values());
    }

    private static Instant requireDecidedAt(GapGroupSummary decided) {
        Instant at = decided.decidedAt();
        if (at == null) {
            throw new IllegalStateException("a decided group has a decision time");
        }
        return at;
    }
}
