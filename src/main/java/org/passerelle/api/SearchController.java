package org.passerelle.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.search.SearchResults;
import org.passerelle.search.SearchService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search and autocomplete over the guides, as the kiosk's search box does. What is typed may be personal, so these
 * answers are never cached ({@code no-store}) and nothing is kept.
 */
@RestController
@RequestMapping(path = Representations.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Search", description = "Full-text search over the guides, with typo tolerance and suggestions")
class SearchController {

    /** What is typed in a search box; a longer text is a paste, not a search. */
    static final int MAX_QUERY = 500;
    static final int MAX_HITS = 20;

    private final SearchService search;
    private final KnowledgeService knowledge;

    SearchController(SearchService search, KnowledgeService knowledge) {
        this.search = search;
        this.knowledge = knowledge;
    }

    @GetMapping("/search")
    @Operation(summary = "Guides matching a query",
            description = "Best first, each with a plain-text extract around the words found, and a corrected "
                    + "query (didYouMean) when misspelled words were likely.")
    @ApiDocs.Problems
    Json.Search search(@Parameter(description = "What to look for (at most " + MAX_QUERY + " characters)")
            @RequestParam String q,
            @Parameter(description = "en or fr") @RequestParam(required = false) @Nullable String lang,
            @Parameter(description = "At most this many guides, 1 to " + MAX_HITS)
            @RequestParam(defaultValue = "10") int limit, HttpServletRequest request) {
        Language language = ApiLanguage.of(request);
        checked(q, limit);
        KnowledgeBase kb = knowledge.current();
        SearchResults results = search.search(q, language, limit);
        return new Json.Search(language.code(), q, results.didYouMean().orElse(null), results.hits().stream()
                .flatMap(hit -> kb.guide(hit.guideId()).stream().map(guide -> new Json.SearchItem(hit.guideId(),
                        language.code(), hit.title(), Jsoup.parse(hit.snippet()).text(),
                        Representations.summary(guide, language))))
                .toList());
    }

    @GetMapping("/suggestions")
    @Operation(summary = "Suggestions while someone types",
            description = "Guide titles and common questions that complete or correct what was typed.")
    @ApiDocs.Problems
    Json.Suggestions suggestions(@Parameter(description = "What was typed so far") @RequestParam String q,
            @Parameter(description = "en or fr") @RequestParam(required = false) @Nullable String lang,
            @Parameter(description = "At most this many suggestions, 1 to " + MAX_HITS)
            @RequestParam(defaultValue = "5") int limit, HttpServletRequest request) {
        Language language = ApiLanguage.of(request);
        checked(q, limit);
        return new Json.Suggestions(language.code(), q, search.suggest(q, language, limit));
    }

    private static void checked(String q, int limit) {
        if (q.length() > MAX_QUERY) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", "q");
        }
        if (limit < 1 || limit > MAX_HITS) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", "limit");
        }
    }
}
