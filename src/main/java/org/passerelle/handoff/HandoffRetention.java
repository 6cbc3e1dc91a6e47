package org.passerelle.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps conversations only as long as they are useful: waiting requests nobody took expire, and ended
 * ones are reduced, after the retention period, to anonymous counts per day, language, reason and outcome
 * (for the editors' dashboard); the request, its messages and notes are deleted.
 */
@Component
public class HandoffRetention {

    private static final Logger LOG = LoggerFactory.getLogger(HandoffRetention.class);

    private final HandoffService handoff;
    private final HelpRequestRepository requests;
    private final JdbcTemplate jdbc;
    private final HandoffSettings settings;
    private final Clock clock;

    HandoffRetention(HandoffService handoff, HelpRequestRepository requests, JdbcTemplate jdbc,
            HandoffSettings settings, Clock clock) {
        this.handoff = handoff;
        this.requests = requests;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Runs every minute, on one instance (operations.JobLocks): expiry must be prompt; the purge is cheap when there
     * is nothing to do. The first run waits one period too, like every job's, so that a long period stops it.
     */
    @Scheduled(fixedDelayString = "${passerelle.handoff.housekeeping-every:60s}",
            initialDelayString = "${passerelle.handoff.housekeeping-every:60s}")
    @SchedulerLock(name = "handoff-housekeeping", lockAtMostFor = "10m",
            lockAtLeastFor = "${passerelle.handoff.housekeeping-held-for:50s}")
    public void housekeeping() {
        int expired = handoff.expireStale();
        int purged = purgeEnded();
        if (expired + purged > 0) {
            LOG.info("Help requests: {} expired, {} past retention reduced to counts", expired, purged);
        }
    }

    /**
     * Reduces requests that ended before the retention period to anonymous daily counts and deletes them
     * with their messages and notes.
     *
     * @return how many requests were reduced
     */
    @Transactional
    public int purgeEnded() {
        Instant before = clock.instant().minus(settings.retention());
        int purged = 0;
        for (HelpRequest request : requests.findEndedBefore(before)) {
            count(request);
            requests.delete(request); // messages and notes go with it (on delete cascade)
            purged++;
        }
        requests.flush();
        return purged;
    }

    private void count(HelpRequest request) {
        LocalDate day = LocalDate.ofInstant(request.createdAt(), ZoneOffset.UTC);
        Instant claimed = request.claimedAt();
        long wait = claimed == null ? 0 : Duration.between(request.createdAt(), claimed).toSeconds();
        String outcome = request.outcome() == null ? "NONE" : request.outcome();
        int updated = jdbc.update("""
                update help_daily_count set requests = requests + 1, wait_seconds = wait_seconds + ?
                where count_day = ? and language = ? and reason = ? and final_status = ? and outcome = ?""",
                wait, day, request.language().name(), request.reason().name(), request.status().name(), outcome);
        if (updated == 0) {
            jdbc.update("""
                    insert into help_daily_count (count_day, language, reason, final_status, outcome, requests, wait_seconds)
                    values (?, ?, ?, ?, ?, 1, ?)""",
                    day, request.language().name(), request.reason().name(), request.status().name(), outcome, wait);
        }
    }

    /** The anonymous counts kept, for tests: number of requests on a day (the dashboard keeps its own, from events). */
    public int countedRequests(LocalDate day) {
        Integer total = jdbc.queryForObject("select coalesce(sum(requests), 0) from help_daily_count where count_day = ?",
                Integer.class, day);
        return total == null ? 0 : total;
    }
}
