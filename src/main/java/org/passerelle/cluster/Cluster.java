package org.passerelle.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.passerelle.cluster.internal.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * This instance among the others on the same database: its id, whether events travel (on PostgreSQL, unless turned
 * off), and the listener that relays what the others did. The listener has a connection of its own, outside the
 * pool, for as long as the application runs: {@code LISTEN} holds its connection.
 */
@Service
@Lazy(false) // the listener starts with the application, also where beans are created when first used
public class Cluster implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Cluster.class);

    /** What an operator (and a test) can ask of the bus on this instance. */
    public record Status(String instance, boolean enabled, boolean connected, long lastEventSeen, int connections) {
    }

    private final String instance = UUID.randomUUID().toString();
    private final boolean enabled;
    private final @Nullable Listener listener;

    Cluster(ClusterSettings settings, DataSource dataSource, DataSourceProperties database,
            ApplicationEventPublisher events, Clock clock) {
        boolean postgres = isPostgres(dataSource);
        if (Boolean.TRUE.equals(settings.enabled()) && !postgres) {
            throw new IllegalStateException("passerelle.cluster.enabled=true needs PostgreSQL: instances share their"
                    + " events through its LISTEN/NOTIFY");
        }
        this.enabled = postgres && !Boolean.FALSE.equals(settings.enabled());
        this.listener = enabled ? new Listener(instance, () -> connect(database, instance), new EventCodec(),
                events::publishEvent, settings, clock) : null;
    }

    /** This instance's id: the origin of the events it writes. A new one at each start. */
    public String instance() {
        return instance;
    }

    /** Whether events travel between instances (PostgreSQL); on H2 nothing is written or heard. */
    public boolean enabled() {
        return enabled;
    }

    public Status status() {
        Listener l = listener;
        return l == null ? new Status(instance, false, false, 0, 0)
                : new Status(instance, true, l.connected(), l.lastSeen(), l.connections());
    }

    @Override
    public void start() {
        if (listener != null) {
            listener.start();
        }
    }

    @Override
    public void stop() {
        if (listener != null) {
            listener.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null && listener.running();
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("the database does not answer: " + e.getMessage(), e);
        }
    }

    /**
     * A connection of the listener's own, with the application's settings, named so that an operator sees it in
     * {@code pg_stat_activity} ({@code passerelle-listen-<instance>}).
     */
    private static Connection connect(DataSourceProperties database, String instance) throws SQLException {
        Properties properties = new Properties();
        String user = database.determineUsername();
        String password = database.determinePassword();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", applicationName(instance));
        properties.setProperty("tcpKeepAlive", "true");
        String url = database.determineUrl();
        if (url == null) {
            throw new SQLException("no spring.datasource.url to listen on");
        }
        LOG.debug("The cluster listener connects to {}", url);
        return DriverManager.getConnection(url, properties);
    }

    /** The {@code application_name} of {@code instance}'s listening connection. */
    public static String applicationName(String instance) {
        return "passerelle-listen-" + instance;
    }
}
