package org.passerelle.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The outbox is read past what was seen, and the ids a later commit may still fill are read again. */
class CursorTest {

    private static final Instant T0 = Instant.parse("2026-12-03T14:00:00Z");

    @Test
    void rows_in_order_are_each_new_once() {
        Cursor cursor = new Cursor(10, Duration.ofMinutes(2));
        assertThat(cursor.seen(11, T0)).isTrue();
        assertThat(cursor.seen(12, T0)).isTrue();
        assertThat(cursor.seen(12, T0)).as("read twice").isFalse();
        assertThat(cursor.last()).isEqualTo(12);
        assertThat(cursor.awaited(T0)).isEmpty();
    }

    @Test
    void a_row_committed_after_one_with_a_higher_id_is_still_read() {
        Cursor cursor = new Cursor(10, Duration.ofMinutes(2));
        assertThat(cursor.seen(13, T0)).isTrue();
        assertThat(cursor.awaited(T0)).containsExactly(11L, 12L);
        assertThat(cursor.seen(12, T0.plusSeconds(1))).as("12 committed late").isTrue();
        assertThat(cursor.seen(12, T0.plusSeconds(1))).isFalse();
        assertThat(cursor.awaited(T0.plusSeconds(1))).containsExactly(11L);
    }

    @Test
    void an_id_never_committed_is_given_up_after_the_patience() {
        Cursor cursor = new Cursor(0, Duration.ofMinutes(2));
        cursor.seen(2, T0);
        assertThat(cursor.awaited(T0.plus(Duration.ofMinutes(1)))).containsExactly(1L);
        assertThat(cursor.awaited(T0.plus(Duration.ofMinutes(3)))).isEmpty();
        assertThat(cursor.seen(1, T0.plus(Duration.ofMinutes(4)))).as("given up: not new any more").isFalse();
    }

    @Test
    void a_jump_past_deleted_rows_awaits_nothing() {
        Cursor cursor = new Cursor(5, Duration.ofMinutes(2));
        cursor.seen(5 + Cursor.MOST_AWAITED + 2, T0);
        assertThat(cursor.awaited(T0)).isEmpty();
    }
}
