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
 * <p>The one place the sign-in throttle, the help-request limits and the enrolment-code attempts count with.
 */
public final class TokenBuckets {

    private final int max;
    private final Duration refill;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets;

    public TokenBuckets(int max, Duration refill, int tracked, Clock clock) {
        if (max < 1 || refill.isNegative() || refill.isZero() || tracked < 1) {
            throw new IllegalArgumentException("a limit needs at least 1 token, a positive refill time and 1 key");
        }
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

    /** How many tokens a bucket holds when full. */
    public int max() {
        return max;
    }

    /** The time over which an empty bucket fills again. */
    public Duration refill() {
        return refill;
    }

    /** Whether {@code key} has used all its tokens (a key never seen has a full bucket). */
    public boolean empty(String key) {
        Bucket bucket = buckets.get(key);
        return bucket != null && bucket.getAvailableTokens() < 1;
    }

    /** Whether {@code key} has taken a token and is still remembered. */
    public boolean known(String key) {
        return buckets.containsKey(key);
    }

    /**
     * Takes a token for {@code key}.
     *
     * @return what happened: refused (the bucket was empty), taken, or taken the last one (the limit is now reached,
     *         which is when a caller audits, once)
     */
    public Take take(String key) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(max).refillGreedy(max, refill))
                .withCustomTimePrecision(time).build());
        if (!bucket.tryConsume(1)) {
            return Take.REFUSED;
        }
        return bucket.getAvailableTokens() < 1 ? Take.LAST : Take.TAKEN;
    }

    /** Forgets {@code key}: its bucket is full again. */
    public void forget(String key) {
        buckets.remove(key);
    }

    /** The outcome of {@link #take(String)}. */
    public enum Take {
        TAKEN, LAST, REFUSED;

        public boolean allowed() {
            return this != REFUSED;
        }
    }
}
