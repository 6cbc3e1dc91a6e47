package org.passerelle.search;

import jakarta.annotation.PreDestroy;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.KnowledgeBaseChanged;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Search over the current knowledge base's guides. The index is built when the application starts and
 * rebuilt whenever the knowledge base changes, so a published edit is searchable at once.
 */
@Service
public class SearchService {

    private final SearchIndex index;

    SearchService(KnowledgeService knowledge, SearchSettings settings) {
        this.index = new SearchIndex(settings);
        index.index(knowledge.current());
    }

    @EventListener
    void onKnowledgeBaseChanged(KnowledgeBaseChanged event) {
        index.index(event.knowledgeBase());
    }

    /** See {@link SearchIndex#search}: never throws on what a citizen types. */
    public SearchResults search(@Nullable String question, Language language, int limit) {
        return index.search(question, language, limit);
    }

    /** See {@link SearchIndex#suggest}. */
    public List<String> suggest(@Nullable String prefix, Language language, int limit) {
        return index.suggest(prefix, language, limit);
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
