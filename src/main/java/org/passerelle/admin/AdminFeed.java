package org.passerelle.admin;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.passerelle.cluster.Relayed;
import org.passerelle.handoff.KioskChanged;
import org.passerelle.kiosk.KioskEnrolmentChanged;
import org.passerelle.site.SitesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open admin screen what another administrator (or a kiosk enrolling) changed: sites, desks, kiosks and
 * their enrolment, once committed, never a state a rollback would undo. Listeners run on the committing thread: a
 * screen hands the change to its own UI with {@code ui.access(...)} and returns at once. The screens read again what
 * they show; the change only says what to read. Changes made on the other instances arrive too, relayed by the
 * cluster's listener.
 */
@Component
public class AdminFeed {

    private static final Logger LOG = LoggerFactory.getLogger(AdminFeed.class);

    /** What changed, and its id (a site's or desk's number, a kiosk's id). */
    public record Change(Subject subject, String id) {

        /** What kind of thing changed. */
        public enum Subject {
            SITE, DESK, KIOSK
        }
    }

    /** Stops following; call it when the screen detaches. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    /** Follows every change until the subscription is cancelled. */
    public Subscription subscribe(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void sitesChanged(SitesChanged change) {
        tell(new Change(change.subject() == SitesChanged.Subject.SITE ? Change.Subject.SITE : Change.Subject.DESK,
                Long.toString(change.id())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void kioskChanged(KioskChanged change) {
        tell(new Change(Change.Subject.KIOSK, change.kioskId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void enrolmentChanged(KioskEnrolmentChanged change) {
        tell(new Change(Change.Subject.KIOSK, change.kioskId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void relayedSites(Relayed<SitesChanged> relayed) {
        sitesChanged(relayed.event());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void relayedKiosk(Relayed<KioskChanged> relayed) {
        kioskChanged(relayed.event());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void relayedEnrolment(Relayed<KioskEnrolmentChanged> relayed) {
        enrolmentChanged(relayed.event());
    }

    private void tell(Change change) {
        for (Consumer<Change> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                // One broken screen (a closed tab, a detached UI) must not stop the others from hearing.
                LOG.warn("An admin screen failed to hear {}: {}", change, e.toString());
            }
        }
    }

    int listenerCount() {
        return listeners.size();
    }
}
