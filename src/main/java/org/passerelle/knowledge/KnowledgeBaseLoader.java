package org.passerelle.knowledge;

import java.nio.file.Path;
import org.passerelle.knowledge.internal.KnowledgeBaseReader;

/**
 * Reads and validates a knowledge-base folder (format: {@code knowledge-base/README.md}). All or
 * nothing: either every file is valid and a complete snapshot is returned, or a
 * {@link KnowledgeBaseException} names the first problem's file and line.
 */
public final class KnowledgeBaseLoader {

    private KnowledgeBaseLoader() {
    }

    public static KnowledgeBase load(Path root) {
        return new KnowledgeBaseReader(root).read();
    }
}
