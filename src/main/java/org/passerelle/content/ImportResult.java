package org.passerelle.content;

import java.util.List;

/**
 * What an import changed. Each new or changed guide got a new published version; the previous one was archived.
 *
 * @param added     guides that were not in the database
 * @param updated   guides whose text differed from their published version
 * @param unchanged how many guides were already published with exactly this text
 * @param files     how many other files (topics, system intents' phrases, synonyms) changed
 */
public record ImportResult(List<String> added, List<String> updated, int unchanged, int files) {

    public ImportResult {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
    }
}
