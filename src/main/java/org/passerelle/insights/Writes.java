package org.passerelle.insights;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The writes of content gaps, one at a time, each in its own transaction.
 *
 * <p>One at a time: a failed question joins the group most like it, and an editor's decision changes a group, which
 * two writers at once would get wrong (two groups for one wording, a lost count). The listeners' writes are already
 * one at a time on the {@link Recorder}'s one thread, but editors deciding (and the purge) write from their own
 * threads, and H2 at its default isolation (read committed, no predicate locks) would let a "find the most similar
 * group, then add to it" race an editor's decision on that group. So the lock stays, serialising the recorder's
 * thread and the editors. The kiosk runs one application instance on its embedded database, so a lock in this JVM
 * is enough; a second instance would need the database to do it instead (a lock row).
 *
 * <p>Its own transaction, and never inside another: a writer that waits here must not hold a database connection,
 * or writers holding one each while waiting for a second empty the pool (what ten help requests at once did when
 * this ran in their commit). So it refuses to run inside a transaction rather than deadlock under load. Counters
 * need none of this: each is one atomic statement ({@link DailyCounts}).
 */
@Component
class Writes {

    private final ReentrantLock lock = new ReentrantLock();
    private final TransactionTemplate transaction;

    Writes(PlatformTransactionManager transactions) {
        transaction = new TransactionTemplate(transactions);
    }

    /**
     * @throws IllegalStateException when called inside a transaction (or its commit): that caller holds a connection
     */
    <T> T run(Supplier<T> work) {
        // Still true in a transaction's after-commit callbacks, where the connection is not yet given back.
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("content insights write inside a transaction: it would wait holding a "
                    + "database connection");
        }
        lock.lock();
        try {
            return Objects.requireNonNull(transaction.execute(status -> work.get()));
        } finally {
            lock.unlock();
        }
    }
}
