package org.passerelle.insights;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every write of this feature, one at a time, each in its own transaction.
 *
 * <p>One at a time: counters are "update, else insert" and a failed question joins the group most like it, both
 * of which two kiosks writing at once would get wrong (two rows for one counter, two groups for one wording). The
 * kiosk runs one application instance on its embedded database, so a lock in this JVM serialises all writers; the
 * writes are a few rows each, so nobody waits long. A second instance would need the database to do it instead
 * ({@code merge}, or a lock row).
 *
 * <p>Its own transaction: the listeners also run after a help request's transaction has committed, where a joined
 * transaction would never commit; and counting a question must never roll back, or be rolled back by, what the
 * citizen was doing.
 */
@Component
class Writes {

    private final ReentrantLock lock = new ReentrantLock();
    private final TransactionTemplate transaction;

    Writes(PlatformTransactionManager transactions) {
        transaction = new TransactionTemplate(transactions);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    <T> T run(Supplier<T> work) {
        lock.lock();
        try {
            return Objects.requireNonNull(transaction.execute(status -> work.get()));
        } finally {
            lock.unlock();
        }
    }
}
