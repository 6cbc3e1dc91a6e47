package org.passerelle.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * One step of a guide, in one language.
 *
 * @param title    short imperative title ("Get two passport photos")
 * @param body     plain-language text, Markdown
 * @param optional the citizen may skip this step
 * @param orNext   this step and the next are alternatives: do one or the other
 * @param cost     what it costs, in words, or empty
 * @param time     how long it takes, in words, or empty
 * @param bring    documents or things to bring
 */
public record Step(
        String title, String body, boolean optional, boolean orNext, Optional<String> cost, Optional<String> time,
        List<String> bring) {

    public Step {
        bring = List.copyOf(bring);
    }
}
