package org.passerelle.insights;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes old question texts ({@link GapService#purgeOldTexts}), and where help requests that never ended came from
 * ({@link DailyCounts#forgetOriginsBefore}), every {@code passerelle.insights.housekeeping-every}, on one instance
 * (operations.JobLocks). Apart from the service, because ShedLock locks a method returning nothing,
 * and tests call the purge and read how many it deleted.
 */
@Component
class InsightsHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(InsightsHousekeeping.class);

    /**
     * Far longer than any request stays open (unanswered ones expire within the day): an origin this old belongs to a
     * request whose end was never heard (an event dropped, a server stopped) and never will be.
     */
    private static final Duration ORIGIN_KEPT = Duration.ofDays(30);

    private final GapService gaps;
    private final DailyCounts counts;
    private final Clock clock;

    InsightsHousekeeping(GapService gaps, DailyCounts counts, Clock clock) {
        this.gaps = gaps;
        this.counts = counts;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${passerelle.insights.housekeeping-every:6h}",
            initialDelayString = "${passerelle.insights.housekeeping-every:6h}")
    @SchedulerLock(name = "insights-housekeeping", lockAtMostFor = "12h",
            lockAtLeastFor = "${passerelle.insights.housekeeping-held-for:5h}")
    void purgeOldTexts() {
        int deleted = gaps.purgeOldTexts();
        if (deleted > 0) {
            LOG.info("Content gaps: {} question texts past retention deleted", deleted);
        }
        counts.forgetOriginsBefore(clock.instant().minus(ORIGIN_KEPT));
    }
}
