package org.passerelle.search;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseFollower;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.springframework.stereotype.Service;

/**
 * Search over the current knowledge base's guides. The index is built when the application starts and built
 * anew whenever the knowledge base changes, then swapped in with it, so a published edit is searchable at once.
 */
@Service
public class SearchService implements KnowledgeBaseFollower {

    private final SearchSettings settings;
    private final AtomicReference<SearchIndex> index = new AtomicReference<>();
    /** The index replaced last: left open for a search that took it just before the swap. */
    private @Nullable SearchIndex retired;

    SearchService(KnowledgeService knowledge, SearchSettings settings) {
        this.settings = settings;
        SearchIndex first = new SearchIndex(settings);
        first.index(knowledge.current());
        index.set(first);
    }

    /**
     * Builds a whole new index of {@code next} beside the one in force (a fraction of a second for the bundled
     * guides); the swap only switches to it, so searches never wait for indexing.
     */
    @Override
    public Runnable prepare(KnowledgeBase next) {
        SearchIndex fresh = new SearchIndex(settings);
        try {
            fresh.index(next);
        } catch (RuntimeException e) {
            fresh.close();
            throw e;
        }
        return () -> {
            SearchIndex old = index.getAndSet(fresh);
            SearchIndex done;
            synchronized (this) {
                done = retired;
                retired = old;
            }
            if (done != null) {
                done.close();
            }
        };
    }

    /** See {@link SearchIndex#search}: never throws on what a citizen types. */
    public SearchResults search(@Nullable String question, Language language, int limit) {
        return index.get().search(question, language, limit);
    }

    /** See {@link SearchIndex#suggest}. */
    public List<String> suggest(@Nullable String prefix, Language language, int limit) {
        return index.get().suggest(prefix, language, limit);
    }

    @PreDestroy
    synchronized void close() {
        index.get().close();
        if (retired != null) {
            retired.close();
        }
    }
}
