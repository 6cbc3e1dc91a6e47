package org.passerelle.config;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Compacts the embedded H2 file before the application's connection pool first opens it (see
 * {@link EmbeddedDatabase} for why it grows): a start after weeks of use, or after a {@code kill -9}, begins with a
 * file holding only live data. Nothing else of the application has a connection yet.
 */
@Component
class CompactAtStart implements BeanPostProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(CompactAtStart.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && !pool.isRunning() && pool.getJdbcUrl() != null) {
            EmbeddedDatabase.of(pool.getJdbcUrl()).filter(EmbeddedDatabase::appendOnly)
                    .filter(database -> database.size() > 0)
                    .ifPresent(database -> compact(database, pool));
        }
        return bean;
    }

    private static void compact(EmbeddedDatabase database, HikariDataSource pool) {
        long before = database.size();
        long started = System.nanoTime();
        try {
            database.compact(pool.getUsername(), pool.getPassword());
            LOG.info("Database file {} compacted at start: {} MB to {} MB in {} ms", database.file(),
                    before / 1_000_000, database.size() / 1_000_000, (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            // The application opens it again at once and reports what is wrong then; a file that cannot be compacted
            // still holds every commit.
            LOG.warn("Database file {} could not be compacted at start: {}", database.file(), e.toString());
        }
    }
}
