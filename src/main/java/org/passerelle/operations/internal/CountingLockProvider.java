package org.passerelle.operations.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * A lock provider that counts, per job, the locks this instance obtained: each is one run of the job here
 * ({@code passerelle.jobs.runs{job}}). Summed over the instances it is the number of runs in the cluster, and it shows
 * which instance does the work.
 */
public final class CountingLockProvider implements LockProvider {

    /** The metric's name. */
    public static final String RUNS = "passerelle.jobs.runs";

    private final LockProvider locks;
    private final MeterRegistry registry;

    public CountingLockProvider(LockProvider locks, MeterRegistry registry) {
        this.locks = locks;
        this.registry = registry;
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration configuration) {
        Optional<SimpleLock> lock = locks.lock(configuration);
        if (lock.isPresent()) {
            Counter.builder(RUNS).description("Runs of a scheduled job on this instance (each held the job's lock)")
                    .tag("job", configuration.getName()).register(registry).increment();
        }
        return lock;
    }
}
