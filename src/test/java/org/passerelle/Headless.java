package org.passerelle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application without its web server and UI, for tests and benchmarks that need only its services and
 * database. Beans are created when first used, so the assistant's models are not trained for a test of help
 * requests, and the scheduled housekeeping does not run unless something asks for it.
 */
public final class Headless {

    /** Vaadin's auto-configuration requires a web application context: it is left out with the web server. */
    public static final List<String> ARGUMENTS = List.of(
            "--spring.main.web-application-type=none",
            "--spring.main.lazy-initialization=true",
            "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                    + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");

    private Headless() {
    }

    /**
     * The argument that puts the database in a file at {@code path}, with the options of the application's own
     * URL in {@code application.properties} (what follows the path), so that they are what a test measures.
     */
    public static String fileDatabase(Path path) {
        Properties properties = new Properties();
        try (InputStream in = Headless.class.getResourceAsStream("/application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is not on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = properties.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:h2:file:")) {
            throw new IllegalStateException("not the application's own database URL: " + url);
        }
        int options = url.indexOf(';');
        return "--spring.datasource.url=jdbc:h2:file:" + path.toAbsolutePath() + (options < 0 ? "" : url.substring(options));
    }

    /** Starts the application headless; {@code arguments} (e.g. the database URL) come after {@link #ARGUMENTS}. */
    public static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(Application.class)
                .run(Stream.concat(ARGUMENTS.stream(), Stream.of(arguments)).toArray(String[]::new));
    }
}
