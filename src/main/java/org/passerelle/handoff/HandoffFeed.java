package org.passerelle.handoff;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the screens that follow help requests what changed, once the change is committed (never a state
 * a rollback would undo). Listeners run on the committing thread: a screen hands the update to its own UI
 * with {@code ui.access(...)} and returns at once.
 */
@Component
public class HandoffFeed {

    private static final Logger LOG = LoggerFactory.getLogger(HandoffFeed.class);

    private final List<Consumer<HandoffUpdate>> listeners = new CopyOnWriteArrayList<>();

    /** Stops following; call it when the screen detaches. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    /** Follows every update until the subscription is cancelled. */
    public Subscription subscribe(Consumer<HandoffUpdate> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void publish(HandoffUpdate update) {
        for (Consumer<HandoffUpdate> listener : listeners) {
            try {
                listener.accept(update);
            } catch (RuntimeException e) {
                // One broken screen (a closed tab, a detached UI) must not stop the others from hearing.
                LOG.warn("A help-request listener failed on {}: {}", update, e.toString());
            }
        }
    }

    int listenerCount() {
        return listeners.size();
    }
}
