package org.passerelle.search;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.BackgroundStart;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseFollower;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;

/**
 * Search over the current knowledge base's guides. The index is built when the application starts and built
 * anew whenever the knowledge base changes, then swapped in with it, so a published edit is searchable at once. The
 * first index is built in the background while Spring creates the other beans ({@link BackgroundStart}); searches
 * wait for it, and so does the application's start.
 */
@Service
public class SearchService implements KnowledgeBaseFollower, SmartInitializingSingleton {

    private final SearchSettings settings;
    private final AtomicReference<SearchIndex> index = new AtomicReference<>();
    /** The index replaced last: left open for a search that took it just before the swap. */
    private @Nullable SearchIndex retired;
    private final BackgroundStart<SearchIndex> first;

    SearchService(KnowledgeService knowledge, SearchSettings settings) {
        this.settings = settings;
        this.first = BackgroundStart.run("search-index-start", () -> {
            SearchIndex built = GuideIndexer.index(knowledge.current(), settings);
            index.compareAndSet(null, built);
            return built;
        });
    }

    /** Waits for the first index: the application starts only with it, or fails with its error. */
    @Override
    public void afterSingletonsInstantiated() {
        first.get();
    }

    private SearchIndex inForce() {
        SearchIndex inForce = index.get();
        return inForce != null ? inForce : first.get();
    }

    /**
     * Builds a whole new index of {@code next} beside the one in force (a fraction of a second for the bundled
     * guides); the swap only switches to it, so searches never wait for indexing.
     */
    @Override
    public Runnable prepare(KnowledgeBase next) {
        first.get(); // the first index is in force before it is replaced
        SearchIndex fresh = GuideIndexer.index(next, settings);
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
        return inForce().search(question, language, limit);
    }

    /** See {@link SearchIndex#suggest}. */
    public List<String> suggest(@Nullable String prefix, Language language, int limit) {
        return inForce().suggest(prefix, language, limit);
    }

    @PreDestroy
    synchronized void close() {
        SearchIndex inForce = index.get();
        if (inForce != null) {
            inForce.close();
        }
        if (retired != null) {
            retired.close();
        }
    }
}
