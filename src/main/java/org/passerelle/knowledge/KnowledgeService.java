package org.passerelle.knowledge;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Holds the current knowledge-base snapshot. It is loaded when the application starts, so a malformed
 * file stops the start-up with a message naming the file and line, and a kiosk never runs on a
 * half-loaded knowledge base. It comes from the {@link KnowledgeBaseSource} bean when there is one (the
 * content database), otherwise from the folder. Each replacement is announced with {@link KnowledgeBaseChanged}.
 */
@Service
public class KnowledgeService {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeService.class);

    private final KnowledgeSettings settings;
    private final KnowledgeBaseSource source;
    private final ApplicationEventPublisher events;
    private final AtomicReference<KnowledgeBase> current = new AtomicReference<>();

    KnowledgeService(KnowledgeSettings settings, ObjectProvider<KnowledgeBaseSource> source,
            ApplicationEventPublisher events) {
        this.settings = settings;
        this.source = source.getIfAvailable(() -> KnowledgeBaseLoader::load);
        this.events = events;
        KnowledgeBase loaded = this.source.load(settings.path());
        log.info("Knowledge base loaded (folder {}): {} guides, {} topics", settings.path().toAbsolutePath(),
                loaded.guides().size(), loaded.topics().size());
        current.set(loaded);
    }

    /** The snapshot in force. */
    public KnowledgeBase current() {
        return current.get();
    }

    /** Replaces the snapshot as a whole and tells the features that depend on it. */
    public void replace(KnowledgeBase knowledgeBase) {
        current.set(Objects.requireNonNull(knowledgeBase));
        events.publishEvent(new KnowledgeBaseChanged(knowledgeBase));
    }

    /** Reads the knowledge base again from where it came; on error the current snapshot stays in force. */
    public KnowledgeBase reload() {
        KnowledgeBase loaded = source.load(settings.path());
        replace(loaded);
        return loaded;
    }
}
