package org.passerelle.insights;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The one thread on which this feature records what it hears, in the order it heard it: the executor named
 * {@value #NAME} that {@link InsightsListener}'s {@code @Async} listeners run on.
 *
 * <p>Off the citizen's thread: an event is handed over and the publisher returns, so a kiosk's answer or help request
 * never waits for a counter, and never holds its database connection while a counter asks for another (ten help
 * requests at once used to take the pool's ten connections, each waiting for an eleventh). One thread: events of one
 * kiosk arrive in order ("Did this help? — No" after the question it is tied to), the in-memory last question per
 * kiosk has one writer, and this feature needs one connection at a time whatever the load.
 *
 * <p>The queue is bounded ({@link InsightsSettings#recordingQueue()}): should the database stall for long, later
 * events are dropped with a warning rather than kept without limit in memory (they hold citizens' unredacted words
 * until recorded) or pushed back onto citizens (a full queue never throws at the publisher). A clean shutdown records
 * what is queued first.
 *
 * <p>An {@link Executor} and not a Spring {@code TaskExecutor}, on purpose: Vaadin takes the application's one
 * {@code TaskExecutor} bean for its own background work, and must not take this one. Being an {@code Executor} bean,
 * it would turn Spring Boot's {@code applicationTaskExecutor} off, so {@code spring.task.execution.mode=force} keeps
 * that one ({@code application.properties}).
 */
@Component(Recorder.NAME)
class Recorder implements Executor, DisposableBean {

    /** The executor's bean name, for {@code @Async}. */
    static final String NAME = "insightsRecorder";

    private static final Logger LOG = LoggerFactory.getLogger(Recorder.class);

    /** Long enough for the few thousand rows a full queue is; a stop must not wait on a stuck database. */
    private static final long DRAIN_ON_SHUTDOWN_MILLIS = 10_000;

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    /** Events handed over, and events done with (recorded, failed or dropped): equal when the recorder is idle. */
    private final AtomicLong heard = new AtomicLong();
    private final AtomicLong done = new AtomicLong();

    Recorder(InsightsSettings settings) {
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(settings.recordingQueue());
        executor.setThreadNamePrefix("insights-recorder-");
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.AbortPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationMillis(DRAIN_ON_SHUTDOWN_MILLIS);
        executor.initialize();
    }

    /**
     * Runs {@code work} later, on the recorder's thread, or drops it with a warning when the queue is full. The work
     * is a listener's whole call, which logs its own failures ({@link InsightsListener}).
     */
    @Override
    public void execute(Runnable work) {
        heard.incrementAndGet();
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } finally {
                    done.incrementAndGet();
                }
            });
        } catch (TaskRejectedException e) {
            done.incrementAndGet();
            LOG.warn("Content insights dropped an event: {} events are waiting to be recorded",
                    executor.getQueueSize());
        }
    }

    /** How many events were handed over so far: {@link #doneWith(long)} tells when they are all recorded. */
    long heard() {
        return heard.get();
    }

    /** Whether the first {@code events} handed over are done with (they are recorded in order). */
    boolean doneWith(long events) {
        return done.get() >= events;
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
