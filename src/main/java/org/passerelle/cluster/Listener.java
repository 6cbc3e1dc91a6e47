package org.passerelle.cluster;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.passerelle.cluster.internal.Cursor;
import org.passerelle.cluster.internal.EventCodec;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the other instances: {@code LISTEN} on a connection of its own and a daemon thread blocked in
 * {@link PGConnection#getNotifications(int)} until the database delivers a notification (a commit elsewhere) or
 * {@code wakeEvery} passes (then it checks that the connection still answers). Each wake-up reads the outbox rows
 * it has not seen and relays those of other instances. A lost connection is opened again, after a wait that doubles
 * up to {@code lastRetry}, and the rows written meanwhile are read then: a notification missed is caught up from
 * the table.
 */
final class Listener {

    private static final Logger LOG = LoggerFactory.getLogger(Listener.class);

    /** The channel {@link Outbox} notifies on. */
    static final String CHANNEL = "passerelle_events";

    /** A source of connections that may fail, as {@code DriverManager} does. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final String instance;
    private final Connector connector;
    private final EventCodec codec;
    private final Consumer<Relayed<?>> relay;
    private final ClusterSettings settings;
    private final Clock clock;

    private volatile boolean running;
    private volatile boolean connected;
    private volatile @Nullable Thread thread;
    private volatile @Nullable Connection connection;
    private final AtomicLong lastSeen = new AtomicLong();
    private final AtomicInteger connections = new AtomicInteger();
    /** The listener thread's own. */
    private @Nullable Cursor cursor;

    Listener(String instance, Connector connector, EventCodec codec, Consumer<Relayed<?>> relay,
            ClusterSettings settings, Clock clock) {
        this.instance = instance;
        this.connector = connector;
        this.codec = codec;
        this.relay = relay;
        this.settings = settings;
        this.clock = clock;
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("cluster-listener").start(this::listen);
    }

    synchronized void stop() {
        running = false;
        Thread listening = thread;
        closeQuietly(connection); // wakes the thread blocked on the socket
        if (listening != null) {
            listening.interrupt();
            try {
                listening.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    boolean running() {
        return running;
    }

    boolean connected() {
        return connected;
    }

    /** The highest outbox id read. */
    long lastSeen() {
        return lastSeen.get();
    }

    /** How many times the listening connection was opened (1 while it was never lost). */
    int connections() {
        return connections.get();
    }

    private void listen() {
        Duration retry = settings.firstRetry();
        while (running) {
            try (Connection c = connector.connect()) {
                connection = c;
                String ours = schema(c) + ":";
                try (Statement statement = c.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                Cursor at = cursor;
                if (at == null) {
                    // Listening first, then the highest id: whatever commits after this read is notified.
                    at = new Cursor(highestId(c), settings.gapPatience());
                    cursor = at;
                    lastSeen.set(at.last());
                }
                connections.incrementAndGet();
                connected = true;
                retry = settings.firstRetry();
                relayNew(c, at); // what was written while this instance was away
                PGConnection pg = c.unwrap(PGConnection.class);
                int wait = Math.toIntExact(settings.wakeEvery().toMillis());
                while (running) {
                    PGNotification[] heard = pg.getNotifications(wait);
                    if (heard != null && heard.length > 0) {
                        if (Arrays.stream(heard).anyMatch(n -> n.getParameter().startsWith(ours))) {
                            relayNew(c, at);
                        }
                    } else if (!c.isValid(5)) {
                        throw new SQLException("the listening connection does not answer");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                connected = false;
                LOG.warn("The cluster listener lost its connection ({}); connecting again in {} ms", e.toString(),
                        retry.toMillis());
                if (!pause(retry)) {
                    break;
                }
                retry = retry.multipliedBy(2).compareTo(settings.lastRetry()) > 0 ? settings.lastRetry()
                        : retry.multipliedBy(2);
            } finally {
                connected = false;
                connection = null;
            }
        }
    }

    /** Reads the rows past the cursor (and those it still awaits) and relays the other instances' ones, in order. */
    private void relayNew(Connection c, Cursor at) throws SQLException {
        Instant now = clock.instant();
        List<Long> awaited = at.awaited(now);
        try (PreparedStatement read = c.prepareStatement(
                "select id, origin, kind, payload from cluster_event where id > ? or id = any(?) order by id")) {
            read.setLong(1, at.last());
            Array ids = c.createArrayOf("bigint", awaited.toArray());
            read.setArray(2, ids);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    String origin = rows.getString(2);
                    if (at.seen(id, now) && !instance.equals(origin)) {
                        relay(id, origin, rows.getString(3), rows.getString(4));
                    }
                }
            }
        }
        lastSeen.set(at.last());
    }

    private void relay(long id, String origin, String kind, String payload) {
        try {
            relay.accept(new Relayed<>(codec.decode(kind, payload, Broadcast.class), origin));
        } catch (RuntimeException e) {
            // A kind an older instance does not know, or a listener that failed: the next events still travel.
            LOG.warn("Cluster event {} ({}) from {} was not relayed: {}", id, kind, origin, e.toString());
        }
    }

    /** The schema the outbox is in: the connection's, as for the application's own. */
    private static String schema(Connection c) throws SQLException {
        try (Statement statement = c.createStatement();
             ResultSet row = statement.executeQuery("select current_schema()")) {
            row.next();
            return String.valueOf(row.getString(1));
        }
    }

    private static long highestId(Connection c) throws SQLException {
        try (Statement statement = c.createStatement();
             ResultSet row = statement.executeQuery("select coalesce(max(id), 0) from cluster_event")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** @return false when stopped meanwhile */
    private boolean pause(Duration wait) {
        try {
            Thread.sleep(wait);
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(@Nullable Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException | RuntimeException e) {
                // closing to stop: nothing more to do with it
            }
        }
    }
}
