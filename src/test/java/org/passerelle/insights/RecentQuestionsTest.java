package org.passerelle.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.passerelle.insights.DailyCounts.Origin;
import org.passerelle.knowledge.Language;

/** The last question per kiosk or conversation, and what keeps it from growing without end. */
class RecentQuestionsTest {

    private final RecentQuestions recent = new RecentQuestions(new InsightsSettings(0.6, 5, 3, Duration.ofMinutes(30),
            Duration.ofDays(90), Duration.ofDays(365), 400, 10_000));

    @Test
    void conversations_that_ended_long_ago_are_dropped_once_there_are_many() {
        Instant start = Instant.parse("2026-12-01T09:00:00Z");
        for (int i = 0; i < RecentQuestions.PRUNE_ABOVE; i++) {
            recent.asked("web-" + i, "renew passport", Language.EN, null, null, false, start, Origin.UNKNOWN);
        }
        assertThat(recent.size()).isEqualTo(RecentQuestions.PRUNE_ABOVE);

        Instant later = start.plus(Duration.ofHours(1));
        recent.asked("web-next", "renew passport", Language.EN, null, null, false, later, Origin.UNKNOWN);

        assertThat(recent.size()).isEqualTo(1);
        assertThat(recent.last("web-next", later)).isPresent();
        assertThat(recent.originAt("web-0", later)).isEqualTo(Origin.UNKNOWN);
    }
}
