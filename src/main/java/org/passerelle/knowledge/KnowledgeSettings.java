package org.passerelle.knowledge;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param path the knowledge-base folder; the bundled {@code knowledge-base/} by default. With the content feature,
 *             it is imported into the database on the first start and read from there afterwards
 */
@ConfigurationProperties("passerelle.knowledge-base")
public record KnowledgeSettings(@DefaultValue("knowledge-base") Path path) {
}
