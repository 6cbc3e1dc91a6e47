package org.passerelle.content;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes scheduled guide versions when they are due, on one instance at a time. */
@Component
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final ContentService content;

    ScheduledPublishing(ContentService content) {
        this.content = content;
    }

    @Scheduled(fixedDelayString = "${passerelle.content.publish-check-every:1m}",
            initialDelayString = "${passerelle.content.publish-check-every:1m}")
    // One instance publishes (operations.JobLocks); a run that publishes and rebuilds ends well within 10 minutes.
    @SchedulerLock(name = "content-publish-due", lockAtMostFor = "10m",
            lockAtLeastFor = "${passerelle.content.publish-check-held-for:50s}")
    void publishDue() {
        try {
            int published = content.publishDue();
            if (published > 0) {
                log.info("Published {} scheduled guide version(s)", published);
            }
        } catch (RuntimeException e) {
            // The next run tries again; a scheduler thread that dies would stop publishing for good.
            log.error("Scheduled publication failed: {}", e.getMessage(), e);
        }
    }
}
