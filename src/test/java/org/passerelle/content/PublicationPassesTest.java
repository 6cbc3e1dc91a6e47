package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A publication reads the published knowledge base once from the database and parses it once, then swaps: the
 * checks and the knowledge base put in force come from the same pass (it was three parses and two reads).
 */
class PublicationPassesTest extends SmallContentTest {

    @Autowired
    ContentStore store;

    @Test
    void publishing_a_guide_reads_the_database_once_and_parses_the_knowledge_base_once() {
        GuideVersion approved = approved(newGuide("once"));

        long parses = KnowledgeBaseLoader.wholeParses();
        long reads = store.publishedReads();
        GuideVersion published = content.publish(approved.guideId(), approved.number(), approved.lockVersion());

        assertThat(published.state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(KnowledgeBaseLoader.wholeParses() - parses).as("whole-knowledge-base parses").isEqualTo(1);
        assertThat(store.publishedReads() - reads).as("reads of the published knowledge base").isEqualTo(1);
    }
}
