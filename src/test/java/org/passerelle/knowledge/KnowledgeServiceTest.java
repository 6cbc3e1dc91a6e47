package org.passerelle.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;

/** Replacing the knowledge base: readers see the old state or the new one, never half of each. */
class KnowledgeServiceTest {

    /** What a follower derives: here, the number of guides of the knowledge base it follows. */
    private static final class GuideCounter implements KnowledgeBaseFollower {
        final AtomicReference<Integer> inForce = new AtomicReference<>();
        final CountDownLatch preparing = new CountDownLatch(1);
        final CountDownLatch mayFinish = new CountDownLatch(1);

        @Override
        public Runnable prepare(KnowledgeBase next) {
            preparing.countDown();
            try {
                mayFinish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int count = next.guides().size();
            return () -> inForce.set(count);
        }
    }

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

    @Test
    void while_a_follower_prepares_readers_keep_the_old_state_then_see_the_new_one_all_at_once(@TempDir Path folder)
            throws Exception {
        SampleKnowledgeBase.write(folder);
        GuideCounter counter = new GuideCounter();
        KnowledgeService knowledge = new KnowledgeService(new KnowledgeSettings(folder), providing(List.of()),
                providing(List.of(counter)));
        KnowledgeBase old = knowledge.current();
        counter.inForce.set(old.guides().size());
        KnowledgeBase smaller = new KnowledgeBase(old.topics(), old.guides().subList(0, 1), old.systemPhrases(),
                old.synonyms());

        Thread publisher = Thread.ofPlatform().start(() -> knowledge.replace(smaller));
        assertThat(counter.preparing.await(org.passerelle.Eventually.LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String during = knowledge.consistent(() -> knowledge.current().guides().size() + "/" + counter.inForce.get());
        counter.mayFinish.countDown();
        assertThat(publisher.join(org.passerelle.Eventually.LIMIT)).as("the follower finished").isTrue();
        String after = knowledge.consistent(() -> knowledge.current().guides().size() + "/" + counter.inForce.get());

        assertThat(during).isEqualTo("2/2");
        assertThat(after).isEqualTo("1/1");
    }
}
