package org.passerelle;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a Spring test's context on the PostgreSQL server instead of the embedded H2: a schema of its own, created when
 * the context starts, migrated by Flyway and validated by Hibernate as on H2, dropped when the JVM ends. Put it on a
 * subclass of an H2 test with {@code @ContextConfiguration(initializers = OnPostgres.class)} and call
 * {@link #assumeServer()} first: the same tests then run on both databases.
 *
 * <p>The server is {@code passerelle.test.postgres.url} (default 127.0.0.1:5432, database {@code test}, user
 * {@code postgres}, trust authentication), as on CI, where {@code .ci/run} starts it and a missing server fails the
 * build; elsewhere the tests are skipped, and say so.
 */
public final class OnPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String URL = System.getProperty("passerelle.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getProperty("passerelle.test.postgres.user", "postgres");

    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OnPostgres::dropCreated, "drop-test-schemas"));
    }

    /** Skips the test outside CI when no PostgreSQL answers; on CI that is a failure. */
    public static void assumeServer() {
        try (Connection ignored = connect()) {
            // it answers
        } catch (SQLException e) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("CI has no PostgreSQL at " + URL, e);
            }
            assumeTrue(false, "no PostgreSQL at " + URL + ": " + e.getMessage());
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(settings(freshSchema())).applyTo(context);
    }

    /** A new, empty schema on the server, dropped when this JVM ends. */
    public static String freshSchema() {
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("no PostgreSQL at " + URL, e);
        }
        CREATED.add(schema);
        return schema;
    }

    /** The application's arguments for {@code schema}, for a process of its own ({@code --name=value}). */
    public static List<String> arguments(String schema) {
        return settings(schema).stream().map(setting -> "--" + setting).toList();
    }

    private static List<String> settings(String schema) {
        return List.of(
                "spring.datasource.url=" + URL + "?currentSchema=" + schema,
                "spring.datasource.username=" + USER,
                "spring.datasource.password=",
                "spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect",
                "spring.flyway.schemas=" + schema,
                "spring.flyway.default-schema=" + schema);
    }

    /** A connection to the server's test database, as {@link #USER}. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, "");
    }

    private static void dropCreated() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String schema : CREATED) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        } catch (SQLException e) {
            // The server went first: the schemas stay in the test database, named test_… for whoever cleans it.
        }
    }
}
