package org.passerelle.content;

import java.time.Clock;
import org.passerelle.config.CommandApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The smallest application that reaches the content database, for the {@code import-knowledge-base} and
 * {@code export-knowledge-base} commands: the database with its migrations, JPA and {@link ContentStore}; no web
 * server, kiosk or engines. With the embedded H2 file database the application must be stopped meanwhile; its
 * next start shows what was imported.
 */
@CommandApplication
@EnableConfigurationProperties(ContentSettings.class)
@Import(ContentStore.class)
class ContentDatabase {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    static ConfigurableApplicationContext start(String... args) {
        return CommandApplication.Start.run(ContentDatabase.class, args);
    }
}
