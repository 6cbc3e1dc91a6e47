package org.passerelle.content;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/**
 * A guide in the editor's list.
 *
 * @param titles          the title in each language, from the published version, or the open one when none is
 *                        published yet (empty when not written)
 * @param publishedNumber the version kiosks show, or null when the guide was never published
 * @param publishedAt     when that version was published
 * @param openNumber      the version in the workflow (draft, submitted, approved or scheduled), if any
 * @param openState       its state
 */
public record GuideSummary(
        String id, Map<Language, String> titles, @Nullable Integer publishedNumber, @Nullable Instant publishedAt,
        @Nullable Integer openNumber, @Nullable VersionState openState) {

    public GuideSummary {
        titles = Map.copyOf(titles);
    }
}
