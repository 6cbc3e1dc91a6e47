package org.passerelle.knowledge;

import java.nio.file.Path;

/**
 * Supplies the knowledge base the application starts with, and the one {@link KnowledgeService#reload()} reads
 * again. Without a bean of this type it is the folder {@code passerelle.knowledge-base.path}; the content feature
 * supplies one that reads the published guides from its database. Either way the result is complete and
 * validated, or loading throws and the application does not start.
 */
@FunctionalInterface
public interface KnowledgeBaseSource {

    /**
     * @param folder the configured knowledge-base folder, for a source that starts from it
     * @throws KnowledgeBaseException when the knowledge base is not valid
     */
    KnowledgeBase load(Path folder);
}
