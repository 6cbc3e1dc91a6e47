package org.passerelle.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Marks the smallest application a command needs to reach the database ({@code create-user}, the knowledge-base
 * import and export): the application's auto-configuration, with JPA entities and repositories of the marked
 * class's package only, and without Vaadin, which needs a web application context. It reads the same
 * {@code application.properties} (and profiles) as the application, so it opens the same database. Start it
 * with {@link Start#run}. The marked class must not be a {@code @Configuration}, or the application's component
 * scan would pick it up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EnableAutoConfiguration(excludeName = {"com.vaadin.flow.spring.SpringBootAutoConfiguration",
        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"})
public @interface CommandApplication {

    /** Starts a {@link CommandApplication}. */
    final class Start {

        private Start() {
        }

        /** {@code args} are Spring Boot command-line arguments ({@code --spring.datasource.url=…}). */
        public static ConfigurableApplicationContext run(Class<?> application, String... args) {
            return new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    // A command prints its result; start-up chatter would bury it.
                    .properties("logging.level.root=warn",
                            // A command serves no health endpoint, and loads no knowledge base for the readiness
                            // group to name.
                            "management.endpoint.health.validate-group-membership=false")
                    .run(args);
        }
    }
}
