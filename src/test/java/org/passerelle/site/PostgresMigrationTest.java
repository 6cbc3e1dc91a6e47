package org.passerelle.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.OnPostgres;

/**
 * Every migration runs on PostgreSQL too (the larger installations use it), into a fresh schema of the server
 * {@link OnPostgres} names (skipped outside CI when none answers, a failure on CI).
 */
class PostgresMigrationTest {

    Connection connection;

    @BeforeEach
    void freshSchema() throws SQLException {
        OnPostgres.assumeServer();
        String schema = OnPostgres.freshSchema();
        Flyway.configure().dataSource(OnPostgres.URL, OnPostgres.USER, "").schemas(schema).defaultSchema(schema)
                .locations("classpath:db/migration").load().migrate();
        connection = OnPostgres.connect();
        try (Statement s = connection.createStatement()) {
            s.execute("set search_path to " + schema);
        }
    }

    @AfterEach
    void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    @Test
    void the_migrations_seed_one_default_site_staffed_on_weekdays_with_a_local_and_a_remote_desk() throws SQLException {
        assertThat(number("select count(*) from site where is_default and id = 1 and zone = 'America/Toronto'")).isOne();
        assertThat(number("select count(*) from site_hours where site_id = 1 and kind = 'STAFFED'")).isEqualTo(5);
        assertThat(number("select count(*) from site_hours where site_id = 1 and kind = 'OPEN'")).isEqualTo(5);
        assertThat(number("select count(*) from desk where kind = 'REMOTE' and covers_all")).isOne();
        assertThat(number("select count(*) from desk d join desk_site ds on ds.desk_id = d.id where d.kind = 'LOCAL' and ds.site_id = 1"))
                .isOne();
    }

    @Test
    void a_kiosk_goes_to_the_default_site_and_keeps_its_site_from_being_deleted() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("insert into kiosk (id, name, location, created_at) values ('k1', 'Kiosk 1', 'Hall', current_timestamp)");
            // The identity is not behind the seeded default site: a new site gets a new id.
            s.execute("insert into site (name, address, zone, province, staff_en, staff_fr, other_ways_en, other_ways_fr, version)"
                    + " values ('Branch', '', 'America/Halifax', 'NS', true, false, 'Call', 'Appelez', 0)");
        }
        assertThat(number("select site_id from kiosk where id = 'k1'")).isOne();
        assertThat(number("select max(id) from site")).isEqualTo(2);
        assertThatThrownBy(() -> execute("delete from site where id = 1")).isInstanceOf(SQLException.class);
    }

    @Test
    void hours_that_end_before_they_start_cannot_be_stored() {
        assertThatThrownBy(() -> execute("insert into site_hours (site_id, kind, day_of_week, start_minute, end_minute)"
                + " values (1, 'OPEN', 1, 600, 540)")).isInstanceOf(SQLException.class);
    }

    private long number(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertThat(r.next()).as(sql).isTrue();
            return r.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
