package org.passerelle;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;

/**
 * Waits for work done off the test's thread (insights recording, background checks) by asking again until the
 * assertion holds. The limit is generous, for a busy machine; a quiet one is done in milliseconds.
 */
public final class Eventually {

    public static final Duration LIMIT = Duration.ofMinutes(3);

    private Eventually() {
    }

    /** Repeats {@code assertion} until it passes, failing with its last error after {@link #LIMIT}. */
    public static void eventually(ThrowingRunnable assertion) {
        Awaitility.await().atMost(LIMIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .ignoreExceptions().untilAsserted(assertion);
    }
}
