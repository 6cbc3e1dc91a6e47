package org.passerelle;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.passerelle.cli.Commands;
import org.passerelle.config.PortCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Passerelle: an assisted-digital kiosk. The application shell loads Lumo and the kiosk's own
 * static stylesheet; no custom frontend build is needed (see DEVELOPERS.md). Server push carries help
 * requests, chat messages and "a helper is coming" between kiosks and agents' consoles as they happen.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/passerelle.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(args, System.out, System.err));
        }
        SpringApplication application = new SpringApplication(Application.class);
        application.addListeners(new PortCheck());
        application.run(args);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
