package org.passerelle.cluster.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far an instance has read the outbox. Ids are taken when a row is written but become visible when its
 * transaction commits, so a row may appear after one with a higher id: the ids skipped over are awaited too, for
 * a while ({@code patience}; a transaction that rolled back leaves its id unused for ever). Not thread-safe: the
 * listener's thread owns it.
 */
public final class Cursor {

    /** More ids skipped at once than any plausible set of open transactions: the rows were deleted, not late. */
    static final int MOST_AWAITED = 10_000;

    private final Duration patience;
    private final Map<Long, Instant> awaited = new TreeMap<>();
    private long last;

    /** @param last the highest id already seen (the outbox's highest when an instance starts: it reads no history) */
    public Cursor(long last, Duration patience) {
        this.last = last;
        this.patience = patience;
    }

    /** The highest id seen. */
    public long last() {
        return last;
    }

    /** The ids below {@link #last} still awaited at {@code now}, oldest first; those awaited too long are given up. */
    public List<Long> awaited(Instant now) {
        awaited.values().removeIf(since -> since.plus(patience).isBefore(now));
        return List.copyOf(awaited.keySet());
    }

    /**
     * Records a row read; rows come in id order within a read.
     *
     * @return whether it is new (false: it was read before)
     */
    public boolean seen(long id, Instant now) {
        if (id > last) {
            if (id - last - 1 <= MOST_AWAITED) {
                for (long skipped = last + 1; skipped < id; skipped++) {
                    awaited.put(skipped, now);
                }
            }
            last = id;
            return true;
        }
        return awaited.remove(id) != null;
    }
}
