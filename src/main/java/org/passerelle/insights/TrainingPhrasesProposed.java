package org.passerelle.insights;

import java.util.List;
import org.passerelle.knowledge.Language;

/**
 * Published once an editor has turned a group of failed questions into training phrases for a guide, after the
 * decision is stored. The phrases are redacted. The editing workflow may listen to add them to the guide.
 */
public record TrainingPhrasesProposed(String guideId, Language language, List<String> phrases) {

    public TrainingPhrasesProposed {
        phrases = List.copyOf(phrases);
    }
}
