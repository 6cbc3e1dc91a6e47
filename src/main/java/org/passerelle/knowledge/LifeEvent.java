package org.passerelle.knowledge;

import java.util.List;
import java.util.Map;

/**
 * A life event, GOV.UK style: what to do after a death, when a baby is born, on arriving in Canada... An ordered
 * list of existing guides, each with a one-line reason, with an English and a French side. Both sides name the same
 * guides in the same order; the knowledge-base reader checks that every guide exists.
 */
public record LifeEvent(String id, Map<Language, LifeEventText> texts) {

    public LifeEvent {
        texts = Map.copyOf(texts);
        for (Language language : Language.values()) {
            if (!texts.containsKey(language)) {
                throw new IllegalArgumentException("life event " + id + " has no " + language.code() + " side");
            }
        }
    }

    public LifeEventText text(Language language) {
        return texts.get(language);
    }

    /** The ids of the guides it lists, in order (the same on both sides). */
    public List<String> guideIds() {
        return text(Language.EN).steps().stream().map(LifeEventStep::guideId).toList();
    }
}
