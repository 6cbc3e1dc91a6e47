package org.passerelle.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.Eventually;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The knowledge base loads on a thread of its own while Spring creates the other beans; whoever reads it meanwhile
 * waits for it, and the application's start (afterSingletonsInstantiated) waits for it or fails with its own error.
 */
class KnowledgeServiceStartTest {

    private static <T> ObjectProvider<T> providing(List<T> beans) {
        return new ObjectProvider<>() {
            @Override
            public Stream<T> orderedStream() {
                return beans.stream();
            }

            @Override
            public Stream<T> stream() {
                return beans.stream();
            }
        };
    }

    private static KnowledgeService startingWith(Path folder, KnowledgeBaseSource source) {
        return new KnowledgeService(new KnowledgeSettings(folder), providing(List.of(source)), providing(List.of()));
    }

    @Test
    void the_service_is_built_while_its_knowledge_base_still_loads_and_readers_wait_for_it(@TempDir Path folder)
            throws Exception {
        SampleKnowledgeBase.write(folder);
        CountDownLatch mayLoad = new CountDownLatch(1);
        KnowledgeService knowledge = startingWith(folder, f -> {
            try {
                mayLoad.await(Eventually.LIMIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return KnowledgeBaseLoader.load(f);
        });

        assertThat(knowledge.loaded()).as("nothing in force yet, said without waiting (the readiness check)").isEmpty();
        CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> knowledge.current().guides().size());
        CompletableFuture<Void> start = CompletableFuture.runAsync(knowledge::afterSingletonsInstantiated);
        assertThat(reader).as("a reader waits while the knowledge base loads").isNotDone();
        assertThat(start).as("the application's start waits too").isNotDone();

        mayLoad.countDown();
        assertThat(reader.get(Eventually.LIMIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(2);
        start.get(Eventually.LIMIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(knowledge.current().guides()).hasSize(2);
        assertThat(knowledge.loaded()).hasValueSatisfying(loaded -> assertThat(loaded.guides()).hasSize(2));
    }

    @Test
    void a_malformed_knowledge_base_fails_the_start_and_every_reader_with_the_loaders_own_error(@TempDir Path folder) {
        SampleKnowledgeBase.write(folder);
        SampleKnowledgeBase.replaceIn(folder, "guides/job-bank/fr.md", "title:", "titre:");
        KnowledgeService knowledge = startingWith(folder, KnowledgeBaseLoader::load);

        assertThatThrownBy(knowledge::afterSingletonsInstantiated).isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith("guides/job-bank/fr.md:3:");
        assertThatThrownBy(knowledge::current).isInstanceOf(KnowledgeBaseException.class);
    }
}
