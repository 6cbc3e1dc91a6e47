package org.passerelle.handoff;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.passerelle.cluster.Relayed;
import org.passerelle.site.SitesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the screens that follow help requests what changed, once the change is committed (never a state
 * a rollback would undo). Listeners run on the committing thread: a screen hands the update to its own UI
 * with {@code ui.access(...)} and returns at once. What the other instances did arrives the same way, relayed by the
 * cluster's listener (a kiosk here, its agent there).
 */
@Component
public class HandoffFeed {

    private static final Logger LOG = LoggerFactory.getLogger(HandoffFeed.class);

    private final List<Consumer<HandoffUpdate>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<AvailabilityChanged>> availabilityListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<StaffTyping>> typingListeners = new CopyOnWriteArrayList<>();
    private final Clock clock;

    HandoffFeed(Clock clock) {
        this.clock = clock;
    }

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

    /**
     * Follows changes of presence and of the queue (see {@link AvailabilityChanged}) until cancelled: a kiosk asks
     * {@link HandoffService#availability} again, a console redraws its queue.
     */
    public Subscription subscribeAvailability(Consumer<AvailabilityChanged> listener) {
        availabilityListeners.add(listener);
        return () -> availabilityListeners.remove(listener);
    }

    /** Follows "a staff member is writing" signals ({@link StaffTyping}, never stored) until cancelled. */
    public Subscription subscribeTyping(Consumer<StaffTyping> listener) {
        typingListeners.add(listener);
        return () -> typingListeners.remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void publish(StaffTyping typing) {
        tell(typingListeners, typing);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void publish(HandoffUpdate update) {
        tell(listeners, update);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void publish(AvailabilityChanged change) {
        tell(availabilityListeners, change);
    }

    /** A site's hours or a desk changed (committed): what kiosks may promise and who is offered what may too. */
    @TransactionalEventListener(fallbackExecution = true)
    void sitesChanged(SitesChanged change) {
        tell(availabilityListeners, new AvailabilityChanged(clock.instant()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void relayedTyping(Relayed<StaffTyping> relayed) {
        publish(relayed.event());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void relayedUpdate(Relayed<HandoffUpdate> relayed) {
        publish(relayed.event());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void relayedAvailability(Relayed<AvailabilityChanged> relayed) {
        publish(relayed.event());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void relayedSites(Relayed<SitesChanged> relayed) {
        sitesChanged(relayed.event());
    }

    private static <T> void tell(List<Consumer<T>> to, T what) {
        for (Consumer<T> listener : to) {
            try {
                listener.accept(what);
            } catch (RuntimeException e) {
                // One broken screen (a closed tab, a detached UI) must not stop the others from hearing.
                LOG.warn("A help-request listener failed on {}: {}", what, e.toString());
            }
        }
    }

    int listenerCount() {
        return listeners.size() + availabilityListeners.size() + typingListeners.size();
    }
}
