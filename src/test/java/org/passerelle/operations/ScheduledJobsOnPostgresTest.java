package org.passerelle.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.Eventually.eventually;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.passerelle.Application;
import org.passerelle.OnPostgres;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the application on one PostgreSQL schema, as behind a load balancer: the presence and overflow
 * check, scheduled every second on both, runs once per second across the two, and the other carries on alone when
 * the one that ran it last stops. Each instance notes when it took the job's lock (a run), through its lock provider.
 */
class ScheduledJobsOnPostgresTest {

    private static final String JOB = "handoff-routing-tick";
    /** The shipped passerelle.handoff.routing-check-held-for, with room for the database's round trips. */
    private static final Duration HELD_FOR = Duration.ofMillis(800);
    private static final Duration MARGIN = Duration.ofMillis(150);

    private record Run(String instance, Instant at) {
    }

    private final List<Run> runs = new CopyOnWriteArrayList<>();

    @Test
    void the_routing_check_runs_once_per_tick_across_two_instances_and_the_other_takes_over_when_one_stops() {
        OnPostgres.assumeServer();
        String schema = OnPostgres.freshSchema();
        ConfigurableApplicationContext first = start("first", schema);
        ConfigurableApplicationContext second = start("second", schema);
        try {
            Instant bothUp = Instant.now();
            eventually(() -> assertThat(since(bothUp)).hasSizeGreaterThanOrEqualTo(8));
            List<Run> together = since(bothUp);
            Duration elapsed = Duration.between(bothUp, together.getLast().at());
            for (int i = 1; i < together.size(); i++) {
                assertThat(Duration.between(together.get(i - 1).at(), together.get(i).at()))
                        .as("two runs of one tick: %s", together).isGreaterThan(HELD_FOR.minus(MARGIN));
            }
            // Each instance ticks every second: without the lock, about two runs a second.
            assertThat(together.size()).as("runs in %s", elapsed)
                    .isLessThanOrEqualTo((int) (elapsed.toMillis() / HELD_FOR.minus(MARGIN).toMillis()) + 1);

            // The instance that ran last stops (its lock is released as it ends): the other carries on.
            boolean firstHeldIt = together.getLast().instance().equals("first");
            (firstHeldIt ? first : second).close();
            String other = firstHeldIt ? "second" : "first";
            Instant closed = Instant.now();
            eventually(() -> assertThat(since(closed)).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(run -> assertThat(run.instance()).isEqualTo(other)));
        } finally {
            first.close();
            second.close();
        }
    }

    private List<Run> since(Instant start) {
        return runs.stream().filter(run -> !run.at().isBefore(start)).sorted(java.util.Comparator.comparing(Run::at)).toList();
    }

    /** An instance on {@code schema} with the shipped period of the check (the tests' configuration stops it). */
    private ConfigurableApplicationContext start(String instance, String schema) {
        List<String> arguments = new ArrayList<>(OnPostgres.arguments(schema));
        arguments.add("--server.port=0");
        arguments.add("--passerelle.handoff.routing-check-every=1s");
        return new SpringApplicationBuilder(Application.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(noting(instance)))
                .run(arguments.toArray(String[]::new));
    }

    private BeanPostProcessor noting(String instance) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof LockProvider locks)) {
                    return bean;
                }
                return (LockProvider) configuration -> {
                    Optional<SimpleLock> lock = locks.lock(configuration);
                    if (lock.isPresent() && configuration.getName().equals(JOB)) {
                        runs.add(new Run(instance, Instant.now()));
                    }
                    return lock;
                };
            }
        };
    }
}
