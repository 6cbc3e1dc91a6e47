package org.passerelle.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;

/**
 * Holds the current knowledge-base snapshot. It is loaded when the application starts, so a malformed
 * file stops the start-up with a message naming the file and line, and a kiosk never runs on a
 * half-loaded knowledge base. It comes from the {@link KnowledgeBaseSource} bean when there is one (the
 * content database), otherwise from the folder. Loading runs in the background while Spring creates the other beans
 * ({@link BackgroundStart}); {@link #current} waits for it, and so does the application's start.
 *
 * <p>A replacement is all at once: every {@link KnowledgeBaseFollower} (search, intents) prepares its next state
 * first, then all of them and the snapshot change together, between two {@link #consistent} readings. They are called,
 * not told by an event: an event heard after the swap would let a kiosk answer with the new guides and an old engine.
 */
@Service
public class KnowledgeService implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeService.class);

    private final KnowledgeSettings settings;
    private final KnowledgeBaseSource source;
    private final AtomicReference<KnowledgeBase> current = new AtomicReference<>();
    private final ObjectProvider<KnowledgeBaseFollower> followers;
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private final Object replacing = new Object();
    private final BackgroundStart<KnowledgeBase> loading;

    /** The followers are looked up when a replacement comes: they need this service to start. */
    KnowledgeService(KnowledgeSettings settings, ObjectProvider<KnowledgeBaseSource> source,
            ObjectProvider<KnowledgeBaseFollower> followers) {
        this.settings = settings;
        this.followers = followers;
        this.source = source.getIfAvailable(() -> KnowledgeBaseLoader::load);
        this.loading = BackgroundStart.run("knowledge-base-start", () -> {
            KnowledgeBase loaded = this.source.load(settings.path());
            log.info("Knowledge base loaded (folder {}): {} guides, {} topics", settings.path().toAbsolutePath(),
                    loaded.guides().size(), loaded.topics().size());
            current.compareAndSet(null, loaded);
            return loaded;
        });
    }

    /** Waits for the first load: the application starts only with the knowledge base, or fails with its error. */
    @Override
    public void afterSingletonsInstantiated() {
        loading.get();
    }

    /** The snapshot in force (during start-up, once it is loaded). */
    public KnowledgeBase current() {
        KnowledgeBase inForce = current.get();
        return inForce != null ? inForce : loading.get();
    }

    /** The snapshot in force, or empty while the first load still runs; never waits (for the health check). */
    public Optional<KnowledgeBase> loaded() {
        return Optional.ofNullable(current.get());
    }

    /**
     * Replaces the snapshot, and with it what the followers derive from it, in one step; then tells the features
     * that listen. Replacements run one at a time, in the order they are asked for. A knowledge base of an older
     * {@link KnowledgeBase#revision} than the one in force is refused (a reload after another instance's publication
     * may finish after this instance's own, newer one): the newer content stays.
     *
     * @return whether it is now in force
     */
    public boolean replace(KnowledgeBase knowledgeBase) {
        Objects.requireNonNull(knowledgeBase);
        synchronized (replacing) {
            loading.get(); // the first snapshot is in force before any replacement
            KnowledgeBase inForce = Objects.requireNonNull(current.get());
            if (knowledgeBase.revision() < inForce.revision()) {
                log.info("Knowledge base revision {} not put in force: revision {} already is",
                        knowledgeBase.revision(), inForce.revision());
                return false;
            }
            List<Runnable> commits = followers.orderedStream().map(f -> f.prepare(knowledgeBase)).toList();
            swap.writeLock().lock();
            try {
                commits.forEach(Runnable::run);
                current.set(knowledgeBase);
            } finally {
                swap.writeLock().unlock();
            }
            if (knowledgeBase.revision() != inForce.revision()) {
                log.info("Knowledge base revision {} in force: {} guides", knowledgeBase.revision(),
                        knowledgeBase.guides().size());
            }
            return true;
        }
    }

    /**
     * Runs {@code reading} (e.g. answering a question with the snapshot, search and the classifier) so that no
     * replacement happens in the middle of it. Keep it short: a replacement waits for it.
     */
    public <T> T consistent(Supplier<T> reading) {
        swap.readLock().lock();
        try {
            return reading.get();
        } finally {
            swap.readLock().unlock();
        }
    }

    /**
     * Reads the knowledge base again from where it came (after a publication on another instance, say); on error the
     * current snapshot stays in force, and so it does when what was read is older than it.
     *
     * @return the knowledge base in force afterwards
     */
    public KnowledgeBase reload() {
        KnowledgeBase loaded = source.load(settings.path());
        replace(loaded);
        return current();
    }
}
