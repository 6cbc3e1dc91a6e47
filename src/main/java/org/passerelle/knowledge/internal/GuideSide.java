package org.passerelle.knowledge.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.passerelle.knowledge.Step;

/**
 * One parsed language file of a guide, with line numbers kept for cross-file error messages.
 *
 * @param synonyms the guide's search synonym groups in this language, each a Solr line {@code a, b, c}
 */
record GuideSide(Path file, Map<String, FrontMatterValue> front, List<ParsedStep> steps, List<Numbered> questions,
                 List<Numbered> links, int relatedLine, List<String> related, List<String> synonyms) {

    /** A front-matter value and the line it was written on; the parser has already checked its format. */
    record FrontMatterValue(String value, int line) {

        URI uri() {
            return URI.create(value);
        }

        LocalDate date() {
            return LocalDate.parse(value);
        }
    }

    record ParsedStep(Step step, int line) {
    }

    record Numbered(String text, int line) {
    }
}
