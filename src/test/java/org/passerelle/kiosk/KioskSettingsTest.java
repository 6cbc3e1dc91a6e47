package org.passerelle.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.Language;

class KioskSettingsTest {

    private static KioskSettings with(Duration idleTimeout, Duration inHelp) {
        return new KioskSettings("kiosk-1", "Kiosk 1", "Entrance", Language.EN, idleTimeout, Duration.ofSeconds(30),
                inHelp, 4);
    }

    @Test
    void a_person_waiting_for_staff_may_get_more_idle_time() {
        assertThat(with(Duration.ofMinutes(2), Duration.ofMinutes(10)).idleTimeoutInHelp()).isEqualTo(Duration.ofMinutes(10));
        assertThat(with(Duration.ofMinutes(2), Duration.ofMinutes(2)).idleTimeoutInHelp()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void an_idle_time_in_help_shorter_than_the_usual_one_is_refused_with_its_property_name() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .withMessageContaining("passerelle.kiosk.idle-timeout-in-help");
    }
}
