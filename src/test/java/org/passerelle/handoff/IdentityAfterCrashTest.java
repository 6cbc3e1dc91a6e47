package org.passerelle.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * After a kill -9 no id is handed out twice. H2 caches 32 identity values per column and writes the new limit down
 * outside its lock, after the value that crossed it was returned: a second connection's row can reach the file
 * first, and a crash at that moment restarts the identity below a row already stored (an {@code AUDIT_EVENT(ID)}
 * primary-key violation on the first write after the restart). The migrations give every identity a cache of 1, so
 * each value is written down by the connection that takes it, before its row. {@link RestartDurabilityTest} writes
 * again after a crash under load; this checks the schema that makes it hold, on every identity column.
 */
class IdentityAfterCrashTest {

    @Test
    void every_identity_column_writes_each_value_down_before_handing_it_out() {
        DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:identities;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database).load().migrate();

        List<Map<String, Object>> identities = new JdbcTemplate(database).queryForList("""
                select table_name, column_name, identity_cache from information_schema.columns
                where table_schema = 'PUBLIC' and is_identity = 'YES' order by table_name""");

        assertThat(identities).extracting(column -> column.get("TABLE_NAME"))
                .contains("AUDIT_EVENT", "HELP_REQUEST", "HELP_MESSAGE", "HELP_NOTE", "GAP_ITEM");
        assertThat(identities).allSatisfy(column -> assertThat(((Number) column.get("IDENTITY_CACHE")).longValue())
                .as("cache of %s.%s", column.get("TABLE_NAME"), column.get("COLUMN_NAME")).isEqualTo(1));
    }
}
