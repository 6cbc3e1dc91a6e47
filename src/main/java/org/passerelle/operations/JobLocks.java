package org.passerelle.operations;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.passerelle.operations.internal.CountingLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every {@code @Scheduled} job runs on one instance at a time: its method carries ShedLock's {@code @SchedulerLock}
 * with the job's name, and the instance whose tick takes the job's row in the {@code shedlock} table (migration V9_2)
 * runs it while the others skip that tick ({@code JobLocksTest} fails on a scheduled method without a lock).
 *
 * <p>Times are the database's ({@code usingDbTime}): the instances' clocks may disagree. Each job holds its lock at
 * least a little less than its period ({@code lockAtLeastFor}), so that an instance whose tick comes just after
 * another's finished skips it instead of running the same tick again, while the holder, whose next tick comes a whole
 * period later, always finds it free; and at most for a time that any run ends well within
 * ({@code lockAtMostFor}), after which an instance that died holding it no longer blocks the others. An instance that
 * stops normally releases its locks, and another takes the job over at its next tick.
 *
 * <p>ShedLock proxies the annotated methods, which only the scheduler calls; they return nothing (ShedLock cannot
 * lock a method returning a value it might skip). Tests and services call the work itself
 * ({@code HandoffService.routingTick}, {@code ContentService.publishDue}, {@code GapService.purgeOldTexts}), unlocked.
 * {@code passerelle.jobs.runs{job}} counts the runs each instance made.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
public class JobLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource, MeterRegistry registry) {
        LockProvider locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
        return new CountingLockProvider(locks, registry);
    }
}
