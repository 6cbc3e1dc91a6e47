package org.passerelle.content;

import java.util.List;

/**
 * What an import changed. Each new or changed guide, life event or referral got a new published version; the
 * previous one was archived. Entries are named by their key ({@link ContentKind#key}: a guide by its id).
 *
 * @param added     entries that were not in the database
 * @param updated   entries whose text differed from their published version
 * @param unchanged how many entries were already published with exactly this text
 * @param files     how many other files (topics, system intents' phrases, synonyms) changed
 */
public record ImportResult(List<String> added, List<String> updated, int unchanged, int files) {

    public ImportResult {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
    }
}
