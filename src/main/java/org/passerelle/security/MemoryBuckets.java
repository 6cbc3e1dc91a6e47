package org.passerelle.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Bucket4j token bucket per key (an account, a client address, a kiosk), in memory: each holds {@code max} tokens
 * and gets them back evenly over {@code refill}. Time is the injected {@link Clock}, so tests move it. At most
 * {@code tracked} keys are remembered, the least recently used forgotten first, so that a flood of made-up keys cannot
 * grow the heap (a forgotten key starts again with a full bucket: a cost an attacker pays by flooding, not us).
 *
 * <p>What {@link RateLimits} gives with one instance (the embedded H2): nothing to share.
 */
final class MemoryBuckets implements TokenBuckets {

    private final Limit limit;
    private final int max;
    private final Duration refill;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets;

    MemoryBuckets(int max, Duration refill, int tracked, Clock clock) {
        if (tracked < 1) {
            throw new IllegalArgumentException("a limit must remember at least 1 key");
        }
        this.limit = new Limit(max, refill);
        this.max = max;
        this.refill = refill;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > tracked;
            }
        });
    }

    @Override
    public Limit limit() {
        return limit;
    }

    @Override
    public boolean empty(String key) {
        Bucket bucket = buckets.get(key);
        return bucket != null && bucket.getAvailableTokens() < 1;
    }

    @Override
    public boolean known(String key) {
        return buckets.containsKey(key);
    }

    @Override
    public Take take(String key) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(max).refillGreedy(max, refill))
                .withCustomTimePrecision(time).build());
        if (!bucket.tryConsume(1)) {
            return Take.REFUSED;
        }
        return bucket.getAvailableTokens() < 1 ? Take.LAST : Take.TAKEN;
    }

    @Override
    public void forget(String key) {
        buckets.remove(key);
    }
}
