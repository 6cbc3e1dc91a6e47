package org.passerelle.content;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/**
 * One version of a guide, as stored.
 *
 * @param guideId      the guide's id (its folder name in {@code knowledge-base/guides/}), or the key of a life event
 *                     or referral ({@link ContentKind#key})
 * @param number       1, 2, 3, ... per guide, in the order versions were created
 * @param state        where it is in the workflow
 * @param texts        the guide's file in each language ({@code en.md}, {@code fr.md}), exactly as written; a side
 *                     not written yet is empty
 * @param basedOn      the version this one was started from (the published one, or the one rolled back to)
 * @param contributors everyone who created, edited or submitted it: none of them may approve it
 * @param created      who created it, when
 * @param updated      the last change of text or state
 * @param submitted    the last submission for review
 * @param approved     the approval
 * @param publishAt    when a {@link VersionState#SCHEDULED} version is due to be published
 * @param published    when it was published, and by whom ({@code system} for a scheduled publication)
 * @param archivedAt   when another version replaced it
 * @param reviewComment the reviewer's comment when it was sent back to draft (or why a scheduled publication failed)
 * @param lockVersion  optimistic lock: pass it back when changing this version; it changes with every change
 */
public record GuideVersion(
        String guideId, int number, VersionState state, Map<Language, String> texts, @Nullable Integer basedOn,
        Set<String> contributors, Stamp created, Stamp updated, @Nullable Stamp submitted, @Nullable Stamp approved,
        @Nullable Instant publishAt, @Nullable Stamp published, @Nullable Instant archivedAt,
        @Nullable String reviewComment, long lockVersion) {

    public GuideVersion {
        texts = Map.copyOf(texts);
        contributors = Set.copyOf(contributors);
    }

    public String text(Language language) {
        return texts.get(language);
    }

    /** The {@code title:} of one side's file, read leniently (a draft that does not parse has one too); may be empty. */
    public String title(Language language) {
        return org.passerelle.knowledge.KnowledgeBaseFiles.title(text(language));
    }
}
