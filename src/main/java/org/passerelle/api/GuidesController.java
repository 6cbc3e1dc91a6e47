package org.passerelle.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Topics and guides, in the language asked for ({@link ApiLanguage}), cached by content revision ({@link Caching}). */
@RestController
@RequestMapping(path = Representations.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Guides", description = "Step-by-step guides to government services, grouped by topic")
class GuidesController {

    static final int MAX_LIMIT = 100;

    private final KnowledgeService knowledge;
    private final Caching caching;
    /**
     * Guides as rendered for the knowledge base in force (Markdown to text and HTML, per step), at most one per
     * guide and language: a read costs a lookup, not a rendering. Emptied when another knowledge base is in force.
     */
    private volatile Rendered rendered = new Rendered(null, new ConcurrentHashMap<>());

    private record Rendered(@Nullable KnowledgeBase knowledgeBase, Map<String, Json.Guide> guides) {
    }

    GuidesController(KnowledgeService knowledge, Caching caching) {
        this.knowledge = knowledge;
        this.caching = caching;
    }

    @GetMapping("/topics")
    @Operation(summary = "The topics", description = "Every topic of the kiosk's home screen, in order.")
    @ApiDocs.Problems
    ResponseEntity<Json.Topics> topics(@Parameter(description = "en or fr") @RequestParam(required = false) @Nullable String lang,
            HttpServletRequest request, HttpServletResponse response) {
        Language language = ApiLanguage.of(request);
        KnowledgeBase kb = knowledge.current();
        return caching.ok(request, response, kb.revision(), language, () -> new Json.Topics(language.code(),
                kb.topics().stream().map(t -> Representations.topic(t, kb, language)).toList()));
    }

    @GetMapping("/guides")
    @Operation(summary = "The guides, a page at a time",
            description = "In knowledge-base order, optionally of one topic. Pages: offset (from 0) and limit (1 to "
                    + MAX_LIMIT + ", 20 by default); links.next is the next page, null on the last.")
    @ApiDocs.Problems
    @ApiDocs.NotFound
    ResponseEntity<Json.GuidePage> guides(
            @Parameter(description = "en or fr") @RequestParam(required = false) @Nullable String lang,
            @Parameter(description = "A topic's id") @RequestParam(required = false) @Nullable String topic,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "20") int limit,
            HttpServletRequest request, HttpServletResponse response) {
        Language language = ApiLanguage.of(request);
        if (offset < 0) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", "offset");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", "limit");
        }
        KnowledgeBase kb = knowledge.current();
        if (topic != null && kb.topic(topic).isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "topic-not-found", topic);
        }
        List<Guide> all = topic == null ? kb.guides() : kb.guidesInTopic(topic);
        return caching.ok(request, response, kb.revision(), language, () -> {
            List<Json.GuideSummary> page = all.stream().skip(offset).limit(limit)
                    .map(g -> Representations.summary(g, language)).toList();
            String base = Representations.api("/guides", language) + (topic == null ? "" : "&topic=" + topic);
            String next = offset + limit < all.size() ? base + "&offset=" + (offset + limit) + "&limit=" + limit : null;
            String previous = offset > 0 ? base + "&offset=" + Math.max(0, offset - limit) + "&limit=" + limit : null;
            return new Json.GuidePage(language.code(), topic, all.size(), offset, limit, page,
                    new Json.PageLinks(base + "&offset=" + offset + "&limit=" + limit, next, previous));
        });
    }

    @GetMapping("/guides/{id}")
    @Operation(summary = "One guide with its steps",
            description = "Each step's text is given as plain text and as sanitised HTML; links.alternate is the "
                    + "guide in the other language, links.html its public page.")
    @ApiDocs.Problems
    @ApiDocs.NotFound
    ResponseEntity<Json.Guide> guide(@PathVariable String id,
            @Parameter(description = "en or fr") @RequestParam(required = false) @Nullable String lang,
            HttpServletRequest request, HttpServletResponse response) {
        Language language = ApiLanguage.of(request);
        KnowledgeBase kb = knowledge.current();
        Guide guide = kb.guide(id).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "guide-not-found", id));
        return caching.ok(request, response, kb.revision(), language, () -> rendered(guide, kb, language));
    }

    private Json.Guide rendered(Guide guide, KnowledgeBase kb, Language language) {
        Rendered current = rendered;
        if (current.knowledgeBase() != kb) {
            // A read still on the previous knowledge base renders for itself and never replaces the newer cache.
            Rendered fresh = new Rendered(kb, new ConcurrentHashMap<>());
            if (current.knowledgeBase() == null || kb.revision() >= current.knowledgeBase().revision()) {
                rendered = fresh;
            }
            current = fresh;
        }
        return current.guides().computeIfAbsent(language.code() + ":" + guide.id(),
                key -> Representations.guide(guide, kb, language));
    }
}
