package org.passerelle.cluster;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.passerelle.cluster.internal.EventCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes every {@link Broadcast} to the outbox in the transaction that publishes it, just before it commits, and
 * notifies the listeners in that same transaction: PostgreSQL delivers a {@code NOTIFY} when its transaction
 * commits, never when it rolls back, so the others hear exactly what was done. An event published outside a
 * transaction (a "staff member is writing" signal) is written in a transaction of its own. On H2 nothing is written.
 * The notification says {@code schema:id}: a channel is the database's, and two applications on two schemas of one
 * database ignore each other's.
 */
@Component
class Outbox {

    private static final ResultSetExtractor<Void> IGNORED = (ResultSet rows) -> null;

    private final Cluster cluster;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EventCodec codec = new EventCodec();
    private final TransactionTemplate joining;
    private final TransactionTemplate ownTransaction;

    Outbox(Cluster cluster, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.cluster = cluster;
        this.jdbc = jdbc;
        this.clock = clock;
        this.joining = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void write(Broadcast event) {
        if (!cluster.enabled()) {
            return;
        }
        EventCodec.Encoded encoded = codec.encode(event);
        // A read-only transaction cannot write (PostgreSQL refuses); it changed nothing the event could undo.
        TransactionTemplate in = TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? ownTransaction
                : joining;
        in.executeWithoutResult(status -> jdbc.query("""
                with written as (insert into cluster_event (origin, kind, payload, created_at) values (?, ?, ?, ?)
                                 returning id)
                select pg_notify('%s', current_schema() || ':' || cast(id as varchar)) from written""".formatted(Listener.CHANNEL), IGNORED,
                cluster.instance(), encoded.kind(), encoded.payload(),
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
    }
}
