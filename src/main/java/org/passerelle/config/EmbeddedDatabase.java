package org.passerelle.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The embedded H2 file database, when the application runs on one, and its compaction.
 *
 * <p>Why the file must be compacted: the application's URL has {@code REUSE_SPACE=FALSE}. With space reuse on (H2's
 * default), H2 2.5 writes a commit that lands in space freed by older data while its file header still leads to the
 * chunk before, and a {@code kill -9} before the header is written again (up to 20 commits later) reopens the file
 * without those commits, although each had returned (docs/benchmarks.md, "Crash durability on H2";
 * {@code H2CrashTest}). Without reuse every commit is appended at the end, where the file's last chunk is always
 * found, and nothing acknowledged is lost; but the file grows with every commit (about 14 KB for a small one) and
 * only {@code SHUTDOWN COMPACT} gives the space back (a few hundred milliseconds for 300 MB). So the file is
 * compacted when the application starts ({@link CompactAtStart}) and, while it runs, whenever it has grown past a
 * limit ({@link EmbeddedDatabaseUpkeep}).
 *
 * @param url      the JDBC URL ({@code jdbc:h2:file:...;options})
 * @param file     the store file ({@code .mv.db})
 */
public record EmbeddedDatabase(String url, Path file) {

    private static final String PREFIX = "jdbc:h2:file:";

    /** The H2 file database behind {@code url}, if that is what it names (not an in-memory one, not PostgreSQL). */
    public static Optional<EmbeddedDatabase> of(String url) {
        if (!url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        int options = url.indexOf(';');
        String path = url.substring(PREFIX.length(), options < 0 ? url.length() : options);
        return Optional.of(new EmbeddedDatabase(url, Path.of(path + ".mv.db")));
    }

    /** Whether the URL turns space reuse off, so that the file only grows until it is compacted. */
    public boolean appendOnly() {
        return url.toUpperCase(Locale.ROOT).contains(";REUSE_SPACE=FALSE");
    }

    /** The file's size in bytes (0 before it exists). */
    public long size() {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Compacts the file. Only when no other connection to the database is open: {@code SHUTDOWN COMPACT} closes the
     * database for every connection of this process.
     */
    public void compact(String user, @Nullable String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password == null ? "" : password);
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
    }
}
