package org.passerelle.content;

import java.nio.file.Path;
import java.util.List;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.KnowledgeBaseSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The kiosk's knowledge base comes from the content database: its published versions. On the first start, with
 * nothing in the database, the folder is imported (unless {@code passerelle.content.import-when-empty} is off, in
 * which case the kiosk runs on the folder as before). A malformed folder stops the start with the loader's
 * {@code file:line} message, as it always did.
 */
@Component
class DatabaseKnowledgeBase implements KnowledgeBaseSource {

    private static final Logger log = LoggerFactory.getLogger(DatabaseKnowledgeBase.class);

    private final ContentStore store;
    private final ContentSettings settings;
    private final ContentRevision revisions;

    /**
     * @param transactions not used here: asking for it has Spring create it now, on the main thread. The knowledge
     *                     base is loaded on a thread of its own while Spring creates the other beans, and the store's
     *                     first transaction would otherwise create the transaction manager from that thread.
     */
    DatabaseKnowledgeBase(ContentStore store, ContentSettings settings, ContentRevision revisions,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.settings = settings;
        this.revisions = revisions;
    }

    /**
     * The published knowledge base with its revision. The revision is read first: a publication committing between
     * the two reads gives newer content under the older number (its own relay then reads it again), never the
     * reverse, so an instance never claims a revision whose content it lacks.
     */
    @Override
    public KnowledgeBase load(Path folder) {
        long revision = revisions.current();
        return read(folder).withRevision(revision);
    }

    private KnowledgeBase read(Path folder) {
        if (store.isEmpty()) {
            if (!settings.importWhenEmpty()) {
                log.warn("The content database is empty and passerelle.content.import-when-empty is off: the kiosk runs"
                        + " on the folder {}, and published edits cannot be made", folder.toAbsolutePath());
                return ContentStore.withReferrals(KnowledgeBaseLoader.check(folder)).orThrow();
            }
            ContentStore.Imported imported = store.importFolder(folder, ContentStore.SYSTEM);
            log.info("The content database was empty: imported {} guides, life events and referrals from {}", imported.result().added().size(),
                    folder.toAbsolutePath());
            return imported.knowledgeBase();
        }
        List<String> adopted = store.adoptFiles();
        if (!adopted.isEmpty()) {
            log.info("Life events and referrals kept as plain files are now versioned: {}", adopted);
        }
        return ContentStore.load(store.publishedFiles());
    }
}
