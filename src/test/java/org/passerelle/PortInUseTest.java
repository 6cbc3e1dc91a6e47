package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.config.PortCheck;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Starting a second server (say, the demo profile) while the first one runs says which port and what to do. */
@ExtendWith(OutputCaptureExtension.class)
class PortInUseTest {

    @Test
    void a_start_on_a_port_in_use_stops_at_once_saying_which_port_and_how_to_choose_another(CapturedOutput output)
            throws IOException {
        try (ServerSocket firstServer = new ServerSocket(0)) {
            int port = firstServer.getLocalPort();

            assertThatThrownBy(() -> Application.main(new String[] {"--server.port=" + port,
                    "--spring.profiles.active=demo", "--spring.datasource.url=jdbc:h2:mem:port-in-use-test"}))
                    .isInstanceOf(PortCheck.PortTakenException.class);

            assertThat(output.getAll())
                    .contains("port " + port + " is already in use")
                    .contains("--server.port=" + (port + 1), "PORT=" + (port + 1))
                    .as("it stops before the database, the import and the training")
                    .doesNotContain("HikariPool", "Knowledge base loaded");
        }
    }
}
