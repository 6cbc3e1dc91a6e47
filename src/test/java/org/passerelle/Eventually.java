package org.passerelle;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;

/**
 * Waits for work done off the test's thread (insights recording, background checks) by asking again until the
 * assertion holds. The limit is generous, for a busy machine; a quiet one is done in milliseconds. The assertion runs
 * on the test's own thread, so it may use what is bound to it (a Vaadin session in a browserless test).
 */
public final class Eventually {

    public static final Duration LIMIT = Duration.ofMinutes(3);

    private Eventually() {
    }

    /** Repeats {@code assertion} until it passes, failing with its last error after {@link #LIMIT}. */
    public static void eventually(ThrowingRunnable assertion) {
        within(LIMIT, assertion);
    }

    /** Repeats {@code assertion} until it passes, failing with its last error after {@code limit}. */
    public static void within(Duration limit, ThrowingRunnable assertion) {
        Awaitility.await().atMost(limit).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).ignoreExceptions().untilAsserted(assertion);
    }
}
