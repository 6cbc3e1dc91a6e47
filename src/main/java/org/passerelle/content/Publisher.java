package org.passerelle.content;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a change to published content, then puts the knowledge base it built in force. The change runs in its own
 * transaction and the new knowledge base replaces the old one only after that transaction committed, so kiosks
 * never see content the database does not hold. Changes run one at a time: each builds its knowledge base from
 * what the previous one committed, and the last to commit is the last to replace. Across instances on one database
 * the content revision's row is that lock ({@link ContentRevision}); a change that puts a knowledge base in force
 * advances the revision and publishes {@link ContentPublished} in its transaction, so the other instances load it.
 *
 * <p>A change that puts a new knowledge base in force is timed, from its start to the new content in force (index
 * and nearest phrases swapped; the classifier trains after, in the background): {@value #PUBLICATION} in
 * {@code /actuator/prometheus}. Waiting for the change before it is not counted.
 */
@Component
class Publisher {

    /** What a change returns, and the complete, validated knowledge base to put in force (null: none). */
    record Change<T>(T value, @Nullable KnowledgeBase knowledgeBase) {
    }

    static final String PUBLICATION = "passerelle.publication";

    private final ReentrantLock lock = new ReentrantLock();
    private final TransactionTemplate transaction;
    private final KnowledgeService knowledge;
    private final ContentRevision revisions;
    private final ApplicationEventPublisher events;
    private final Timer publications;

    Publisher(PlatformTransactionManager transactions, KnowledgeService knowledge, ContentRevision revisions,
            ApplicationEventPublisher events, MeterRegistry registry) {
        this.transaction = new TransactionTemplate(transactions);
        this.knowledge = knowledge;
        this.revisions = revisions;
        this.events = events;
        this.publications = Timer.builder(PUBLICATION)
                .description("Publications: from the change's start to the new content in force on this instance")
                .register(registry);
    }

    <T> T publish(Supplier<Change<T>> change) {
        lock.lock();
        try {
            Timer.Sample started = Timer.start();
            Change<T> done = transaction.execute(status -> {
                long locked = revisions.lock();
                Change<T> made = change.get();
                KnowledgeBase next = made.knowledgeBase();
                if (next == null) {
                    return made;
                }
                long revision = revisions.advance(locked);
                events.publishEvent(new ContentPublished(revision));
                return new Change<>(made.value(), next.withRevision(revision));
            });
            if (done == null) {
                throw new IllegalStateException("a change returned nothing");
            }
            if (done.knowledgeBase() != null) {
                knowledge.replace(done.knowledgeBase());
                started.stop(publications);
            }
            return done.value();
        } finally {
            lock.unlock();
        }
    }
}
