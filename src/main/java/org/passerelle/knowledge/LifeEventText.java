package org.passerelle.knowledge;

import java.time.LocalDate;
import java.util.List;

/** One language side of a {@link LifeEvent}. */
public record LifeEventText(Language language, String title, String summary, LocalDate lastReviewed,
                            List<LifeEventStep> steps) {

    public LifeEventText {
        steps = List.copyOf(steps);
    }
}
