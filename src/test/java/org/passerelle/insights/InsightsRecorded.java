package org.passerelle.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.passerelle.Eventually;
import org.springframework.context.ApplicationContext;

/**
 * For tests in any package: insights records what it hears on a thread of its own, so a test that reads counters or
 * gap groups after publishing waits first until everything heard so far is recorded.
 */
public final class InsightsRecorded {

    private InsightsRecorded() {
    }

    /** Waits (up to {@link Eventually#LIMIT}) until every event heard so far has been recorded. */
    public static void await(ApplicationContext context) {
        Recorder recorder = context.getBean(Recorder.class);
        long heard = recorder.heard();
        Eventually.eventually(() -> assertThat(recorder.doneWith(heard)).as("%d events recorded", heard).isTrue());
    }
}
