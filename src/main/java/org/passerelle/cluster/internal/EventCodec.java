package org.passerelle.cluster.internal;

import java.util.Objects;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox's wire format: an event's class name as its kind and its components as JSON. Its own mapper, not the
 * application's: the web's JSON settings must not change what another instance reads. A kind is read back only as
 * a class of the type asked for (the bus's events), never any class a row names.
 */
public final class EventCodec {

    /** What the outbox stores of an event. */
    public record Encoded(String kind, String payload) {
    }

    private final JsonMapper json = JsonMapper.builder()
            // An instance of the next version may add a component: the older one reads what it knows.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public Encoded encode(Object event) {
        Objects.requireNonNull(event);
        return new Encoded(event.getClass().getName(), json.writeValueAsString(event));
    }

    /**
     * @throws IllegalArgumentException when {@code kind} is no class of {@code expected} here, or the payload does
     *         not read as one
     */
    public <T> T decode(String kind, String payload, Class<T> expected) {
        Class<?> type;
        try {
            type = Class.forName(kind, false, expected.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no event of kind " + kind + " here", e);
        }
        if (!expected.isAssignableFrom(type)) {
            throw new IllegalArgumentException(kind + " is not a " + expected.getSimpleName());
        }
        try {
            return expected.cast(json.readValue(payload, type));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the payload of a " + kind + " does not read: " + e.getMessage(), e);
        }
    }
}
