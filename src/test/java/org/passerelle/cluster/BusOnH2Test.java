package org.passerelle.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.Headless;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.NewHelpRequest;
import org.passerelle.knowledge.Language;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** On the embedded H2 there is one instance: the bus listens to nothing and writes nothing. */
class BusOnH2Test {

    @Test
    void on_h2_the_bus_is_off_and_a_help_request_leaves_no_row_in_the_outbox() {
        try (ConfigurableApplicationContext app = Headless.start(
                "--spring.datasource.url=jdbc:h2:mem:bus-on-h2;DB_CLOSE_DELAY=-1")) {
            Cluster cluster = app.getBean(Cluster.class);
            assertThat(cluster.enabled()).isFalse();
            assertThat(cluster.isRunning()).as("no listener").isFalse();

            HandoffService handoff = app.getBean(HandoffService.class);
            handoff.registerKiosk("kiosk-h2", "Kiosk", "Library");
            handoff.requestHelp(new NewHelpRequest("kiosk-h2", Language.EN, HelpReason.ASKED_FOR_PERSON, null, null,
                    List.of()));

            assertThat(app.getBean(JdbcTemplate.class).queryForObject("select count(*) from cluster_event",
                    Integer.class)).isZero();
        }
    }
}
