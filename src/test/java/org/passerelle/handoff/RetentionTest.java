package org.passerelle.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Conversations are kept for the retention period after they end, then reduced to anonymous counts per day;
 * open requests are never purged, however old.
 */
class RetentionTest extends HandoffSpringTest {

    @Autowired
    HandoffRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    /** Moves the clock to 01:00 the next day (UTC): no request of another test was created on that day. */
    private LocalDate aFreshDay() {
        Instant now = clock.instant();
        clock.advance(Duration.between(now, now.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS)));
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private int rowsAbout(String table, long id) {
        Integer rows = jdbc.queryForObject("select count(*) from " + table + " where request_id = ?", Integer.class, id);
        return rows == null ? 0 : rows;
    }

    @Test
    void ended_requests_past_retention_become_anonymous_daily_counts_and_the_rest_is_kept() {
        assertThat(settings.retention()).isEqualTo(Duration.ofDays(30));
        LocalDate day = aFreshDay();
        Instant start = clock.instant();
        String kiosk = TestKiosks.register(handoff);
        long closed = TestKiosks.ask(handoff, kiosk, new TranscriptLine(Speaker.CITIZEN, "my passport expired"));
        long cancelled = TestKiosks.ask(handoff, kiosk, new TranscriptLine(Speaker.CITIZEN, "where do I sign"));
        long expired = TestKiosks.ask(handoff, kiosk);
        long endedLater = TestKiosks.ask(handoff, kiosk);
        long stillClaimed = TestKiosks.ask(handoff, kiosk);
        long stillLive = TestKiosks.ask(handoff, kiosk);

        clock.advance(Duration.ofMinutes(3));
        handoff.claim(closed, "alice");
        handoff.agentSays(closed, "alice", "Hello, which passport?");
        handoff.note(closed, "alice", "Adult renewal");
        handoff.close(closed, "alice", HelpOutcome.RESOLVED);
        handoff.cancel(cancelled);
        handoff.claim(endedLater, "bob");
        handoff.agentSays(endedLater, "bob", "Hello");
        handoff.claim(stillClaimed, "carol");
        handoff.claim(stillLive, "dave");
        handoff.agentSays(stillLive, "dave", "Still with you");
        clock.advance(settings.expireAfter().plusMinutes(1));
        handoff.expireStale();
        assertThat(handoff.requestOf(expired).orElseThrow().status()).isEqualTo(HelpStatus.EXPIRED);
        clock.advance(Duration.ofDays(2));
        handoff.close(endedLater, "bob", HelpOutcome.REFERRED);

        clock.advance(Duration.between(clock.instant(), start.plus(settings.retention()).plus(Duration.ofHours(1))));
        retention.purgeEnded();

        for (long gone : new long[] {closed, cancelled, expired}) {
            assertThat(handoff.requestOf(gone)).as("request %d", gone).isEmpty();
            assertThat(rowsAbout("help_message", gone)).as("messages of %d", gone).isZero();
            assertThat(rowsAbout("help_note", gone)).as("notes of %d", gone).isZero();
        }
        assertThat(retention.countedRequests(day)).isEqualTo(3);
        assertThat(jdbc.query("""
                select final_status, outcome, requests, wait_seconds from help_daily_count
                where count_day = ? order by final_status""",
                (row, i) -> tuple(row.getString(1), row.getString(2), row.getInt(3), row.getLong(4)), day))
                .as("who, what and when are gone; how many, why and how long the wait remain")
                .containsExactly(
                        tuple("CANCELLED", "NONE", 1, 0L),
                        tuple("CLOSED", HelpOutcome.RESOLVED.name(), 1, Duration.ofMinutes(3).toSeconds()),
                        tuple("EXPIRED", "NONE", 1, 0L));

        assertThat(handoff.requestOf(endedLater)).as("ended less than the retention period ago").isPresent();
        assertThat(handoff.conversation(endedLater)).hasSize(1);
        assertThat(handoff.requestOf(stillClaimed).orElseThrow().status()).isEqualTo(HelpStatus.CLAIMED);
        assertThat(handoff.requestOf(stillLive).orElseThrow().status()).isEqualTo(HelpStatus.LIVE);
        assertThat(handoff.conversation(stillLive)).hasSize(1);

        assertThat(retention.purgeEnded()).as("nothing more to do").isZero();
        assertThat(retention.countedRequests(day)).as("each request is counted once").isEqualTo(3);

        clock.advance(Duration.ofDays(3));
        retention.purgeEnded();
        assertThat(handoff.requestOf(endedLater)).isEmpty();
        assertThat(retention.countedRequests(day)).isEqualTo(4);
        assertThat(handoff.requestOf(stillLive)).as("open requests are never purged").isPresent();
    }
}
