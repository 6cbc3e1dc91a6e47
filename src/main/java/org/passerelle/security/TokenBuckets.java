package org.passerelle.security;

import java.time.Duration;

/**
 * One token bucket per key (an account, a client address, a kiosk): each holds {@link #max} tokens and gets them back
 * evenly over {@link #refill}. {@link RateLimits} gives them: in memory with one instance, in the database shared by
 * every instance on PostgreSQL, so that a limit is the same whatever instance a request reaches.
 *
 * <p>The one place the sign-in throttle, the help-request limits and the enrolment-code attempts count with.
 */
public interface TokenBuckets {

    /** A bucket's size: {@code max} tokens when full, all back evenly over {@code refill}. */
    record Limit(int max, Duration refill) {

        public Limit {
            if (max < 1 || refill.isNegative() || refill.isZero()) {
                throw new IllegalArgumentException("a limit needs at least 1 token and a positive refill time");
            }
        }
    }

    /** The size of every bucket here. */
    Limit limit();

    /** How many tokens a bucket holds when full. */
    default int max() {
        return limit().max();
    }

    /** The time over which an empty bucket fills again. */
    default Duration refill() {
        return limit().refill();
    }

    /** Whether {@code key} has used all its tokens (a key never seen has a full bucket). */
    boolean empty(String key);

    /** Whether {@code key} has taken a token and is still remembered. */
    boolean known(String key);

    /**
     * Takes a token for {@code key}.
     *
     * @return what happened: refused (the bucket was empty), taken, or taken the last one (the limit is now reached,
     *         which is when a caller audits, once)
     */
    Take take(String key);

    /** Forgets {@code key}: its bucket is full again. */
    void forget(String key);

    /** The outcome of {@link #take(String)}. */
    enum Take {
        TAKEN, LAST, REFUSED;

        public boolean allowed() {
            return this != REFUSED;
        }
    }
}
