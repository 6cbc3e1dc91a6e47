package org.passerelle.security;

import java.time.Clock;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The smallest application that reaches the staff accounts, for the {@code create-user} command: the
 * application's database with its migrations, JPA and {@link UserService}; no web server, kiosk or engines,
 * so it starts in a few seconds. It reads the same {@code application.properties} (and profiles) as the
 * application, so it opens the same database.
 *
 * <p>Deliberately not a {@code @Configuration}: the application's component scan must not pick it up.
 */
// Vaadin's auto-configuration needs a web application context.
@EnableAutoConfiguration(excludeName = {"com.vaadin.flow.spring.SpringBootAutoConfiguration",
        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"})
@EnableConfigurationProperties(DemoSettings.class)
@Import({UserService.class, PasswordHashing.class, DemoAccounts.class})
class AccountStore {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Starts it; {@code args} are Spring Boot command-line arguments ({@code --spring.datasource.url=…}). */
    static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(AccountStore.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                // A command prints its result; start-up chatter would bury it.
                .properties("logging.level.root=warn")
                .run(args);
    }
}
