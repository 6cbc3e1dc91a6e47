package org.passerelle.content;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param written how many files were written (every file of the published knowledge base)
 * @param removed knowledge-base files that were in the folder but are not published content, now deleted
 */
public record ExportResult(Path folder, int written, List<String> removed) {

    public ExportResult {
        removed = List.copyOf(removed);
    }
}
