package org.passerelle.cluster;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the outbox's rows once every instance had time to read them ({@code passerelle.cluster.keep-events-for}).
 * Every instance runs it; deleting what another already deleted is nothing.
 */
@Component
class OldEvents {

    private static final Logger LOG = LoggerFactory.getLogger(OldEvents.class);

    private final Cluster cluster;
    private final JdbcTemplate jdbc;
    private final ClusterSettings settings;
    private final Clock clock;

    OldEvents(Cluster cluster, JdbcTemplate jdbc, ClusterSettings settings, Clock clock) {
        this.cluster = cluster;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${passerelle.cluster.clean-every:10m}",
            initialDelayString = "${passerelle.cluster.clean-every:10m}")
    // One instance deletes (operations.JobLocks), a little less often than every period at most.
    @SchedulerLock(name = "cluster-old-events", lockAtMostFor = "10m", lockAtLeastFor = "${passerelle.cluster.clean-held-for:9m}")
    void clean() {
        if (cluster.enabled()) {
            int deleted = deleteBefore(OffsetDateTime.ofInstant(clock.instant().minus(settings.keepEventsFor()),
                    ZoneOffset.UTC));
            LOG.debug("Cluster events: {} older than {} deleted", deleted, settings.keepEventsFor());
        }
    }

    int deleteBefore(OffsetDateTime before) {
        return jdbc.update("delete from cluster_event where created_at < ?", before);
    }
}
