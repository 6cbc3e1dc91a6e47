package org.passerelle.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Token buckets in the {@code rate_limit} table, shared by every instance on one PostgreSQL database: a limit of five
 * help requests is five in all, not five per instance. A take locks its bucket's row ({@code for update}) in the
 * caller's transaction when there is one (the help request's own: refused, nothing is counted; no second connection
 * is asked for), else in one of its own. The bucket refills evenly, as Bucket4j's greedy refill does in memory. Keys
 * are stored as their SHA-256 (no address or account name in the table); a row is deleted once its bucket would be
 * full again ({@link RateLimits#forgetFullBuckets}).
 */
final class DatabaseBuckets implements TokenBuckets {

    private final String name;
    private final Limit limit;
    private final int max;
    private final Duration refill;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DatabaseBuckets(String name, int max, Duration refill, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            Clock clock) {
        this.limit = new Limit(max, refill);
        this.name = name;
        this.max = max;
        this.refill = refill;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public Limit limit() {
        return limit;
    }

    @Override
    public boolean empty(String key) {
        List<Double> tokens = jdbc.query("select tokens, updated_at from rate_limit where name = ? and bucket_key = ?",
                (rs, row) -> refilled(rs.getDouble(1), rs.getTimestamp(2).toInstant(), clock.instant()), name,
                hash(key));
        return !tokens.isEmpty() && tokens.getFirst() < 1;
    }

    @Override
    public boolean known(String key) {
        Integer rows = jdbc.queryForObject("select count(*) from rate_limit where name = ? and bucket_key = ?",
                Integer.class, name, hash(key));
        return rows != null && rows > 0;
    }

    @Override
    public Take take(String key) {
        String hashed = hash(key);
        Take taken = transaction.execute(status -> {
            Instant now = clock.instant();
            jdbc.update("insert into rate_limit (name, bucket_key, tokens, updated_at, full_at) values (?, ?, ?, ?, ?)"
                    + " on conflict (name, bucket_key) do nothing", name, hashed, (double) max, Timestamp.from(now),
                    Timestamp.from(now));
            double tokens = jdbc.queryForObject("select tokens, updated_at from rate_limit where name = ? and bucket_key"
                    + " = ? for update", (rs, row) -> refilled(rs.getDouble(1), rs.getTimestamp(2).toInstant(), now),
                    name, hashed);
            Take take = tokens < 1 ? Take.REFUSED : tokens < 2 ? Take.LAST : Take.TAKEN;
            double left = take == Take.REFUSED ? tokens : tokens - 1;
            long nanosToFull = (long) ((max - left) * refill.toNanos() / max);
            jdbc.update("update rate_limit set tokens = ?, updated_at = ?, full_at = ? where name = ? and bucket_key = ?",
                    left, Timestamp.from(now), Timestamp.from(now.plusNanos(nanosToFull)), name, hashed);
            return take;
        });
        return taken == null ? Take.REFUSED : taken;
    }

    @Override
    public void forget(String key) {
        jdbc.update("delete from rate_limit where name = ? and bucket_key = ?", name, hash(key));
    }

    /** The tokens a bucket holds at {@code now}, having held {@code tokens} at {@code updated}. */
    private double refilled(double tokens, Instant updated, Instant now) {
        long elapsed = Math.max(0, Duration.between(updated, now).toNanos());
        return Math.min(max, tokens + (double) elapsed * max / refill.toNanos());
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
