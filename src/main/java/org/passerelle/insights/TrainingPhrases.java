package org.passerelle.insights;

import java.time.Instant;
import java.util.List;
import org.passerelle.knowledge.Language;

/**
 * Phrases an editor proposed for a guide from a group of failed questions. Applying them to the guide's content
 * (and retraining) belongs to the editing workflow, which reads them from {@link GapService#trainingPhrases()}.
 */
public record TrainingPhrases(long groupId, String guideId, Language language, List<String> phrases,
        Instant decidedAt, String decidedBy) {

    public TrainingPhrases {
        phrases = List.copyOf(phrases);
    }
}
