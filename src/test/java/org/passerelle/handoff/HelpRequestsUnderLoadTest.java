package org.passerelle.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.passerelle.Eventually;
import org.passerelle.Headless;
import org.passerelle.insights.InsightsRecorded;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * More kiosks asking for a person in the same instant than the database pool has connections. Each request holds one
 * connection until it has committed; nothing heard at its commit (the editors' content gaps) may ask for a second
 * one meanwhile, or ten requests at once hold all ten connections, each waiting for an eleventh, until the pool
 * gives up. The pool's wait is short here, so that such a stall fails the test at once instead of after 30 s.
 */
class HelpRequestsUnderLoadTest {

    private static final int CONNECTIONS = 10;
    private static final int KIOSKS = 3 * CONNECTIONS;

    @Test
    void thirty_kiosks_asking_at_once_on_ten_connections_are_all_answered_and_all_reach_the_editors() throws Exception {
        try (ConfigurableApplicationContext application = Headless.start(
                "--spring.datasource.url=jdbc:h2:mem:help-under-load;DB_CLOSE_DELAY=-1",
                "--spring.datasource.hikari.maximum-pool-size=" + CONNECTIONS,
                "--spring.datasource.hikari.connection-timeout=2000")) {
            HandoffService handoff = application.getBean(HandoffService.class);
            List<String> kiosks = IntStream.range(0, KIOSKS).mapToObj(i -> TestKiosks.register(handoff)).toList();

            ExecutorService citizens = Executors.newFixedThreadPool(KIOSKS);
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Long>> asked = new ArrayList<>();
            try {
                for (String kiosk : kiosks) {
                    asked.add(citizens.submit(() -> {
                        gate.await();
                        return TestKiosks.ask(handoff, kiosk,
                                new TranscriptLine(Speaker.CITIZEN, "a licence for my pangolin"));
                    }));
                }
                gate.countDown();
                for (Future<Long> request : asked) {
                    // Throws what requestHelp threw, e.g. "Connection is not available, request timed out".
                    assertThat(request.get(Eventually.LIMIT.toSeconds(), TimeUnit.SECONDS)).isPositive();
                }
            } finally {
                citizens.shutdownNow();
            }

            assertThat(handoff.openRequests()).filteredOn(r -> kiosks.contains(r.kioskId())).hasSize(KIOSKS);
            InsightsRecorded.await(application);
            assertThat(application.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from gap_item where kind = 'HELP_REQUESTED' and text like '%pangolin%'",
                    Integer.class)).as("every request is a gap item for editors").isEqualTo(KIOSKS);
        }
    }
}
