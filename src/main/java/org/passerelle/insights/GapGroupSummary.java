package org.passerelle.insights;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/**
 * A group of similarly worded questions the kiosk failed, as editors see it. Texts are redacted.
 *
 * @param items              every question counted in the group, including those whose text has been purged
 * @param itemsSinceDecision questions that joined since the last decision (0 without one)
 * @param kinds              how the questions failed
 * @param examples           the latest distinct example questions, redacted
 * @param decision           the last decision, kept when the group reopens
 * @param guideId            with {@link GapDecision#TRAINING_PHRASES}: the guide the phrases are for
 * @param phrases            with {@link GapDecision#TRAINING_PHRASES}: the phrases proposed
 * @param guidesShown        the guides the kiosk showed or proposed for the group's wrong and low-margin answers
 *                           ({@link GapKind#WRONG_ANSWER}, {@link GapKind#LOW_MARGIN}) whose texts are kept
 */
public record GapGroupSummary(
        long id, Language language, GapStatus status, int items, int itemsSinceDecision, Map<GapKind, Integer> kinds,
        List<String> examples, Instant firstSeen, Instant lastSeen, @Nullable GapDecision decision,
        @Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable String guideId, List<String> phrases,
        List<String> guidesShown) {

    public GapGroupSummary {
        kinds = Map.copyOf(kinds);
        examples = List.copyOf(examples);
        phrases = List.copyOf(phrases);
        guidesShown = List.copyOf(guidesShown);
    }

    /** Decided once, back in the open list because similar questions kept failing. */
    public boolean reopened() {
        return status == GapStatus.OPEN && decision != null;
    }
}
