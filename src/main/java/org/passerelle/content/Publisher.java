package org.passerelle.content;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a change to published content, then puts the knowledge base it built in force. The change runs in its own
 * transaction and the new knowledge base replaces the old one only after that transaction committed, so kiosks
 * never see content the database does not hold. Changes run one at a time: each builds its knowledge base from
 * what the previous one committed, and the last to commit is the last to replace. (One application per database,
 * as with the embedded H2; several would need a database lock here.)
 */
@Component
class Publisher {

    /** What a change returns, and the complete, validated knowledge base to put in force (null: none). */
    record Change<T>(T value, @Nullable KnowledgeBase knowledgeBase) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final TransactionTemplate transaction;
    private final KnowledgeService knowledge;

    Publisher(PlatformTransactionManager transactions, KnowledgeService knowledge) {
        this.transaction = new TransactionTemplate(transactions);
        this.knowledge = knowledge;
    }

    <T> T publish(Supplier<Change<T>> change) {
        lock.lock();
        try {
            Change<T> done = transaction.execute(status -> change.get());
            if (done == null) {
                throw new IllegalStateException("a change returned nothing");
            }
            if (done.knowledgeBase() != null) {
                knowledge.replace(done.knowledgeBase());
            }
            return done.value();
        } finally {
            lock.unlock();
        }
    }
}
