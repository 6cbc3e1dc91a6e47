package org.passerelle.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.LifeEvent;
import org.passerelle.referral.Referral;
import org.passerelle.referral.ReferralService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Life events and referrals: short lists that change with the content, cached like the guides. */
@RestController
@RequestMapping(path = Representations.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class LifeEventsController {

    private final KnowledgeService knowledge;
    private final ReferralService referrals;
    private final Caching caching;

    LifeEventsController(KnowledgeService knowledge, ReferralService referrals, Caching caching) {
        this.knowledge = knowledge;
        this.referrals = referrals;
        this.caching = caching;
    }

    @GetMapping("/life-events")
    @Tag(name = "Life events", description = "What to do after a death, when a baby is born, on arriving in Canada…")
    @Operation(summary = "The life events")
    @ApiDocs.Problems
    ResponseEntity<Json.LifeEvents> lifeEvents(
            @Parameter(description = "en or fr") @RequestParam(required = false) @Nullable String lang,
            HttpServletRequest request, HttpServletResponse response) {
        Language language = ApiLanguage.of(request);
        KnowledgeBase kb = knowledge.current();
        return caching.ok(request, response, kb.revision(), language, () -> new Json.LifeEvents(language.code(),
                kb.lifeEvents().stream().map(e -> Representations.lifeEventSummary(e, language)).toList()));
    }

    @GetMapping("/life-events/{id}")
    @Tag(name = "Life events")
    @Operation(summary = "One life event with its guides, in order, each with why it comes there")
    @ApiDocs.Problems
    @ApiDocs.NotFound
    ResponseEntity<Json.LifeEvent> lifeEvent(@PathVariable String id,
            @Parameter(description = "en or fr") @RequestParam(required = false) @Nullable String lang,
            HttpServletRequest request, HttpServletResponse response) {
        Language language = ApiLanguage.of(request);
        KnowledgeBase kb = knowledge.current();
        LifeEvent event = kb.lifeEvent(id)
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "life-event-not-found", id));
        return caching.ok(request, response, kb.revision(), language,
                () -> Representations.lifeEvent(event, kb, language));
    }

    @GetMapping("/referrals")
    @Tag(name = "Referrals", description = "Services other governments or organisations run, and where to go")
    @Operation(summary = "The referrals, with who runs each service per province or territory")
    @ApiDocs.Problems
    ResponseEntity<Json.Referrals> referrals(
            @Parameter(description = "en or fr") @RequestParam(required = false) @Nullable String lang,
            HttpServletRequest request, HttpServletResponse response) {
        Language language = ApiLanguage.of(request);
        long revision = knowledge.current().revision();
        return caching.ok(request, response, revision, language, () -> new Json.Referrals(language.code(),
                referrals.referrals().stream().map(r -> Representations.referral(r, language)).toList()));
    }

    @GetMapping("/referrals/{id}")
    @Tag(name = "Referrals")
    @Operation(summary = "One referral")
    @ApiDocs.Problems
    @ApiDocs.NotFound
    ResponseEntity<Json.Referral> referral(@PathVariable String id,
            @Parameter(description = "en or fr") @RequestParam(required = false) @Nullable String lang,
            HttpServletRequest request, HttpServletResponse response) {
        Language language = ApiLanguage.of(request);
        long revision = knowledge.current().revision();
        Referral referral = referrals.referral(id)
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "referral-not-found", id));
        return caching.ok(request, response, revision, language, () -> Representations.referral(referral, language));
    }
}
