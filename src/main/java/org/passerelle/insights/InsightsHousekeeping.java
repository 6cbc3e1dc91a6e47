package org.passerelle.insights;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes old question texts ({@link GapService#purgeOldTexts}) every {@code passerelle.insights.housekeeping-every},
 * on one instance (operations.JobLocks). Apart from the service, because ShedLock locks a method returning nothing,
 * and tests call the purge and read how many it deleted.
 */
@Component
class InsightsHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(InsightsHousekeeping.class);

    private final GapService gaps;

    InsightsHousekeeping(GapService gaps) {
        this.gaps = gaps;
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
    }
}
