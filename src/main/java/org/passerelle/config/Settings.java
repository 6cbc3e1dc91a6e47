package org.passerelle.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Binds a {@code @ConfigurationProperties} record outside Spring, with the same defaults and the same
 * names as in the application. The evaluation commands and benchmarks use it so they measure the
 * production configuration, not a copy of it that could drift.
 */
public final class Settings {

    private Settings() {
    }

    /** The record for {@code prefix} from properties written relative to it ({@code out-of-scope-threshold}). */
    public static <T> T of(String prefix, Class<T> type, Map<String, String> properties) {
        Map<String, String> prefixed = new HashMap<>();
        properties.forEach((k, v) -> prefixed.put(prefix + "." + k, v));
        return bind(prefix, type, prefixed);
    }

    /** The record as the application would bind it from {@code application.properties} on the class path. */
    public static <T> T fromApplicationProperties(String prefix, Class<T> type) {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = Settings.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                properties.stringPropertyNames().stream()
                        .filter(k -> k.startsWith(prefix + "."))
                        .forEach(k -> map.put(k, properties.getProperty(k)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bind(prefix, type, map);
    }

    private static <T> T bind(String prefix, Class<T> type, Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate(prefix, Bindable.of(type));
    }
}
