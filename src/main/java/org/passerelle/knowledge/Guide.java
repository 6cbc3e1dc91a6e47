package org.passerelle.knowledge;

import java.util.List;
import java.util.Map;

/** A step-by-step guide to one government service, with an English and a French side. */
public record Guide(String id, String topic, List<String> related, Map<Language, GuideText> texts) {

    public Guide {
        related = List.copyOf(related);
        texts = Map.copyOf(texts);
        for (Language language : Language.values()) {
            if (!texts.containsKey(language)) {
                throw new IllegalArgumentException("guide " + id + " has no " + language.code() + " side");
            }
        }
    }

    public GuideText text(Language language) {
        return texts.get(language);
    }
}
