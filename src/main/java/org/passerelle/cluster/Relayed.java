package org.passerelle.cluster;

import java.util.Objects;
import org.springframework.core.ResolvableType;
import org.springframework.core.ResolvableTypeProvider;

/**
 * An event another instance published and committed, published again here, as it arrived. Only what follows screens
 * and caches listens to it ({@code @TransactionalEventListener(fallbackExecution = true) void x(Relayed<HandoffUpdate>
 * relayed)}): what stores or counts heard the event where it happened, and must not hear it twice.
 *
 * @param origin the instance that published it ({@link Cluster#instance()} there)
 */
public record Relayed<T extends Broadcast>(T event, String origin) implements ResolvableTypeProvider {

    public Relayed {
        Objects.requireNonNull(event);
        Objects.requireNonNull(origin);
    }

    /** {@code Relayed<HandoffUpdate>}, not a raw {@code Relayed}: listeners choose the events they hear by it. */
    @Override
    public ResolvableType getResolvableType() {
        return ResolvableType.forClassWithGenerics(Relayed.class, ResolvableType.forInstance(event));
    }
}
