package org.passerelle.content;

import java.nio.file.Path;
import org.passerelle.knowledge.SampleKnowledgeBase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ContentTest} on a small knowledge base (two guides, {@link SampleKnowledgeBase}) with a database of its own,
 * for the tests that publish and do not need the bundled guides: every publication trains the classifier and builds
 * the index on everything published, which is milliseconds on two guides and seconds on the bundled thirty-two.
 * The subclasses share one Spring context.
 */
abstract class SmallContentTest extends ContentTest {

    private static final Path KNOWLEDGE_BASE = SampleKnowledgeBase.writeTemporary();

    @DynamicPropertySource
    static void smallKnowledgeBase(DynamicPropertyRegistry registry) {
        registry.add("passerelle.knowledge-base.path", KNOWLEDGE_BASE::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:small-content-test;DB_CLOSE_DELAY=-1");
    }
}
