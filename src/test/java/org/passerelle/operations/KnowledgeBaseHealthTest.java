package org.passerelle.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.KnowledgeBase;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** Readiness waits for the knowledge base: an instance without guides must not get kiosks. */
class KnowledgeBaseHealthTest {

    @Test
    void the_instance_is_not_ready_while_the_knowledge_base_loads_and_ready_with_its_counts_once_loaded() {
        AtomicReference<Optional<KnowledgeBase>> loaded = new AtomicReference<>(Optional.empty());
        KnowledgeBaseHealth health = new KnowledgeBaseHealth(loaded::get);

        Health loading = health.health();
        assertThat(loading.getStatus()).isEqualTo(Status.DOWN);
        assertThat(loading.getDetails()).containsEntry("loading", true);

        loaded.set(Optional.of(new KnowledgeBase(List.of(), List.of(), Map.of(), Map.of())));
        Health ready = health.health();
        assertThat(ready.getStatus()).isEqualTo(Status.UP);
        assertThat(ready.getDetails()).containsEntry("guides", 0).containsEntry("topics", 0)
                .containsEntry("lifeEvents", 0);
    }
}
