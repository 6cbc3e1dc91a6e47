package org.passerelle.knowledge;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * One language side of a guide.
 *
 * @param questions the training phrases: the ways people ask for this guide
 */
public record GuideText(
        Language language, String title, String summary, URI officialLink, LocalDate lastReviewed,
        List<Step> steps, List<String> questions) {

    public GuideText {
        steps = List.copyOf(steps);
        questions = List.copyOf(questions);
    }
}
