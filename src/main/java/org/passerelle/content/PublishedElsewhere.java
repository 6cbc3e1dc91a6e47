package org.passerelle.content;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.passerelle.cluster.Relayed;
import org.passerelle.knowledge.KnowledgeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Puts in force here what another instance published: the knowledge base is read again from the database and
 * replaces the current one as a publication here does (followers prepared beside it, then swapped together). On a
 * thread of its own, never the cluster listener's; a relay for a revision already served (several publications in
 * a row: the first reload read them all) reads nothing.
 */
@Component
class PublishedElsewhere implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedElsewhere.class);

    private final KnowledgeService knowledge;
    private final ExecutorService reloading = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("content-reload").factory());

    PublishedElsewhere(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void publishedElsewhere(Relayed<ContentPublished> relayed) {
        long revision = relayed.event().revision();
        reloading.execute(() -> {
            if (knowledge.current().revision() >= revision) {
                return;
            }
            try {
                long served = knowledge.reload().revision();
                LOG.info("Content revision {} published on instance {}: serving revision {}", revision,
                        relayed.origin(), served);
            } catch (RuntimeException e) {
                // What was committed loaded on the publishing instance; here the current content stays in force.
                LOG.error("Content revision {} published elsewhere did not load here", revision, e);
            }
        });
    }

    @Override
    public void destroy() {
        reloading.shutdownNow();
    }
}
