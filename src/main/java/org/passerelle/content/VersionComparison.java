package org.passerelle.content;

import java.util.List;
import java.util.Map;
import org.passerelle.knowledge.Language;

/**
 * Two versions of a guide compared line by line, per language side.
 *
 * @param lines every line of both texts in order, each marked same, removed or added
 */
public record VersionComparison(String guideId, int from, int to, Map<Language, List<DiffLine>> lines) {

    public VersionComparison {
        lines = Map.copyOf(lines);
    }

    /** Whether the side changed at all. */
    public boolean changed(Language language) {
        return lines.get(language).stream().anyMatch(l -> l.change() != DiffLine.Change.SAME);
    }
}
