package org.passerelle.content;

import java.util.List;
import java.util.Map;
import org.passerelle.content.Finding.Severity;
import org.passerelle.knowledge.Language;

/**
 * What the pre-publish checks found in one guide version.
 *
 * @param findings    errors first, then warnings, then hints
 * @param readability per language side that has text
 */
public record CheckReport(String guideId, int number, List<Finding> findings, Map<Language, Readability> readability) {

    public CheckReport {
        findings = List.copyOf(findings);
        readability = Map.copyOf(readability);
    }

    /** No {@link Severity#ERROR}: the version may be submitted and published. */
    public boolean publishable() {
        return errors().isEmpty();
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }
}
