package org.passerelle.security;

import java.time.Clock;
import org.passerelle.config.CommandApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The smallest application that reaches the staff accounts, for the {@code create-user} command: the
 * application's database with its migrations, JPA and {@link UserService}; no web server, kiosk or engines,
 * so it starts in a few seconds.
 */
@CommandApplication
@EnableConfigurationProperties(DemoSettings.class)
@Import({UserService.class, PasswordHashing.class, DemoAccounts.class, DemoAccountGuard.class, SecurityAudit.class})
class AccountStore {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Starts it; {@code args} are Spring Boot command-line arguments ({@code --spring.datasource.url=…}). */
    static ConfigurableApplicationContext start(String... args) {
        return CommandApplication.Start.run(AccountStore.class, args);
    }
}
