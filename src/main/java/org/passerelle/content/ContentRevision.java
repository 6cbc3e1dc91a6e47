package org.passerelle.content;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The content database's count of publications ({@code content_revision}, one row): one more at each, in its
 * transaction. Locking the row first makes publications one at a time across every instance on the database: each
 * builds its knowledge base from what the previous one committed.
 */
@Component
class ContentRevision {

    private final JdbcTemplate jdbc;

    ContentRevision(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The revision now, locked until the calling transaction ends: call it first in a publication's transaction. */
    long lock() {
        return read("select revision from content_revision where id = 1 for update");
    }

    /** The revision after {@code locked}, written: call it in the transaction that {@link #lock locked} it. */
    long advance(long locked) {
        long next = locked + 1;
        jdbc.update("update content_revision set revision = ? where id = 1", next);
        return next;
    }

    /** The revision committed now. */
    long current() {
        return read("select revision from content_revision where id = 1");
    }

    private long read(String sql) {
        Long revision = jdbc.queryForObject(sql, Long.class);
        if (revision == null) {
            throw new IllegalStateException("content_revision has no row: the migrations did not run");
        }
        return revision;
    }
}
