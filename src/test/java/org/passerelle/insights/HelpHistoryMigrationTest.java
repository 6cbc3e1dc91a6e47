package org.passerelle.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.OnPostgres;

/**
 * The help requests recorded before insights kept its own counts stay on the dashboard: V8_4 carries them over from
 * handoff's tables, on H2 (the embedded default) and on PostgreSQL ({@link OnPostgres}: skipped outside CI when no
 * server answers), as the old dashboard counted them.
 */
class HelpHistoryMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void requests_and_waits_recorded_before_are_counted_by_insights_after_the_migration(String database)
            throws SQLException {
        try (MigratedDatabase db = new MigratedDatabase(database)) {
            Connection connection = db.connection();
            db.migrate("8.3");
            // Kept: two requests on one day from one kiosk about one guide, one waited 90.4 s and ended, the other
            // is still open (its wait is counted when it ends); one without a guide the next day, never taken.
            request(connection, 1, "CLOSED", "passport-renewal", "2026-11-30 14:00:00+00", "2026-11-30 14:01:30.4+00");
            request(connection, 2, "LIVE", "passport-renewal", "2026-11-30 15:00:00+00", "2026-11-30 15:00:10+00");
            request(connection, 3, "EXPIRED", null, "2026-12-01 09:00:00+00", null);
            // Past retention: three closed requests that waited 100 s in all, one cancelled.
            execute(connection, "insert into help_daily_count (count_day, language, reason, final_status, outcome, "
                    + "requests, wait_seconds) values ('2026-10-01', 'FR', 'ASKED', 'CLOSED', 'SOLVED', 3, 100)");
            execute(connection, "insert into help_daily_count (count_day, language, reason, final_status, outcome, "
                    + "requests, wait_seconds) values ('2026-10-01', 'FR', 'ASKED', 'CANCELLED', 'NONE', 1, 0)");

            db.migrate(null);

            assertThat(rows(connection)).containsExactly(
                    "2026-10-01 FR (archived) HELP_REQUESTED  4",
                    "2026-10-01 FR (archived) WAITED 33 3",
                    "2026-11-30 EN k1 HELP_REQUESTED passport-renewal 2",
                    "2026-11-30 EN k1 WAITED 90 1",
                    "2026-12-01 EN k1 HELP_REQUESTED  1");
        }
    }

    private static void request(Connection connection, long id, String status, String guide, String created,
            String claimed) throws SQLException {
        execute(connection, "insert into help_request (id, kiosk_id, language, reason, guide_id, status, created_at, "
                + "claimed_at, version, updated_at) values (" + id + ", 'k1', 'EN', 'ASKED', "
                + (guide == null ? "null" : "'" + guide + "'") + ", '" + status + "', timestamp with time zone '"
                + created + "', " + (claimed == null ? "null" : "timestamp with time zone '" + claimed + "'")
                + ", 0, timestamp with time zone '" + created + "')");
    }

    private static List<String> rows(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("select count_day, language, "
                + "kiosk_id, event, guide_id, events from insight_daily_count order by count_day, kiosk_id, event")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4) + " "
                        + r.getString(5) + " " + r.getInt(6));
            }
        }
        return rows;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
