package org.passerelle.knowledge;

import java.util.Map;
import java.util.Objects;

/** A tile on the kiosk home screen that groups guides, with its label in each language. */
public record Topic(String id, String icon, Map<Language, String> labels) {

    public Topic {
        Objects.requireNonNull(id);
        Objects.requireNonNull(icon);
        labels = Map.copyOf(labels);
    }

    public String label(Language language) {
        return labels.get(language);
    }
}
