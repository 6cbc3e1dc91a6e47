package org.passerelle.insights;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jspecify.annotations.Nullable;
import org.passerelle.OnPostgres;

/**
 * A database of its own for a migration test, on H2 (in memory) or on the PostgreSQL server ({@link OnPostgres}: the
 * test is skipped outside CI when none answers): migrated up to a version, filled as it was then, then migrated on.
 */
final class MigratedDatabase implements AutoCloseable {

    private final boolean h2;
    private final String schema;
    private final String url;
    private final Connection connection;

    /** {@code database}: "h2" or "postgresql", as the parameterized tests name them. */
    MigratedDatabase(String database) throws SQLException {
        h2 = database.equals("h2");
        if (!h2) {
            OnPostgres.assumeServer();
        }
        schema = h2 ? "migrated_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT) : OnPostgres.freshSchema();
        url = h2 ? "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1" : OnPostgres.URL;
        connection = h2 ? DriverManager.getConnection(url, "sa", "") : OnPostgres.connect();
    }

    /** Migrates up to {@code target} ("8.3"), or to the last migration with {@code null}. */
    void migrate(@Nullable String target) throws SQLException {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(url, h2 ? "sa" : OnPostgres.USER, "").locations("classpath:db/migration");
        if (!h2) {
            configuration.schemas(schema).defaultSchema(schema);
        }
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
        if (!h2) {
            execute("set search_path to " + schema);
        }
    }

    Connection connection() {
        return connection;
    }

    void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Each row of {@code sql}, its columns joined by spaces. */
    List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(r.getString(i));
                }
                rows.add(String.join(" ", cells));
            }
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
