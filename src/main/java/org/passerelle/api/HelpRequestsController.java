package org.passerelle.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.Channel;
import org.passerelle.handoff.HandoffException;
import org.passerelle.handoff.HandoffFeed;
import org.passerelle.handoff.HelpAvailability;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.OnlineHelp;
import org.passerelle.handoff.OnlineHelpSettings;
import org.passerelle.handoff.Speaker;
import org.passerelle.handoff.TranscriptLine;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Help from a person for a web chat or other software: ask, follow, write, end ({@link OnlineHelp}). The caller
 * follows its request with the conversation token the creation gave it, in {@code Authorization: Bearer}; the
 * {@code Origin} header only chooses the site a request is routed for, never who may do what.
 */
@RestController
@RequestMapping(path = "/api/v1/help-requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Help requests", description = "Help from a person for a web chat or other software: ask, follow, "
        + "write, end, with the conversation token the creation gives")
class HelpRequestsController {

    private static final String TOKEN = "Bearer and the conversation token the creation gave";

    private static final String BEARER = "Bearer ";

    /** The longest a long poll waits, in seconds: below the usual proxies' idle timeouts (30 to 60 s). */
    static final int LONGEST_WAIT = 25;

    private final OnlineHelp help;
    private final KnowledgeService knowledge;
    private final AsyncTaskExecutor executor;

    HelpRequestsController(OnlineHelp help, KnowledgeService knowledge,
            @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        this.help = help;
        this.knowledge = knowledge;
        this.executor = executor;
    }

    /**
     * Whether someone can answer now, for a page of the caller's origin, before offering a person: say so truthfully
     * (nobody now, and when; or a place in line and an estimate).
     */
    @GetMapping("/availability")
    @Operation(summary = "Whether someone can answer now",
            description = "Ask before offering a person, and say so truthfully: nobody now (and when), a place in "
                    + "line and an estimate, or someone available. The page's Origin chooses the site.")
    @ApiResponse(responseCode = "200", description = "What a request made now would meet")
    @ApiDocs.Problems
    HelpRequestsJson.Availability availability(@RequestParam(required = false) @Nullable String lang,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ORIGIN, required = false) @Nullable String origin,
            HttpServletRequest http) {
        Language language = ApiLanguage.of(lang, http);
        return HelpRequestsJson.Availability.of(language.code(), help.availability(origin, language));
    }

    /** Asks for a person: 201, the request's address in {@code Location}, and its token (given only here). */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask for a person",
            description = "The chat so far is redacted before it is stored. The answer's token is given only here: "
                    + "send it as Authorization: Bearer on every later call.")
    @ApiResponse(responseCode = "201", description = "Recorded and in the queue; Location is its address")
    @ApiDocs.Problems
    @ApiResponse(responseCode = "413", description = "The conversation sent is too long",
            content = @Content(mediaType = ApiDocs.PROBLEM,
                    schema = @Schema(implementation = ApiDocs.ProblemBody.class)))
    @ApiResponse(responseCode = "503", description = "Nobody can answer, and nobody would see the request",
            content = @Content(mediaType = ApiDocs.PROBLEM,
                    schema = @Schema(implementation = ApiDocs.ProblemBody.class)))
    ResponseEntity<HelpRequestsJson.HelpRequest> create(@RequestBody HelpRequestsJson.NewRequest body,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ORIGIN, required = false) @Nullable String origin,
            HttpServletRequest http) {
        Language language = ApiLanguage.of(body.lang(), http);
        HelpReason reason = reason(body.reason());
        Channel channel = CallerChannel.of(body.channel());
        if (body.step() != null && body.step() < 1) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "help-request-invalid-step");
        }
        // A published guide's id or none: the id is shown to agents and counted (per guide, in the open data), so
        // nothing a caller makes up, such as a name, ends up there.
        if (body.guideId() != null && knowledge.current().guide(body.guideId()).isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "help-request-invalid-guide");
        }
        List<TranscriptLine> transcript = transcript(body.transcript());
        // Nobody would see it: say so instead of leaving a request to expire unanswered.
        if (help.availability(origin, language) instanceof HelpAvailability.NobodyNow nobody
                && !nobody.canLeaveRequest()) {
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "nobody-available");
        }
        OnlineHelp.Opened opened = refusedAsProblem(() -> help.open(channel, origin, language, reason,
                body.guideId(), body.step(), transcript, http.getRemoteAddr()));
        long id = opened.conversation().ticket().id();
        return ResponseEntity.created(URI.create("/api/v1/help-requests/" + id))
                .body(HelpRequestsJson.HelpRequest.of(id, opened.token(), opened.conversation()));
    }

    /** The request's status, place and wait, and the conversation's lines after {@code after} (a line's id). */
    @GetMapping("/{id}")
    @Operation(summary = "Follow a help request", description = "Status, place in line, estimated wait, and the "
            + "conversation's lines after the cursor. A forged, expired or another request's token is a 404.")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiDocs.Problems
    @ApiDocs.NotFound
    HelpRequestsJson.HelpRequest follow(@PathVariable long id, @RequestParam(defaultValue = "0") long after,
            @RequestParam(required = false) @Nullable String lang,
            @Parameter(description = TOKEN) @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false)
            @Nullable String authorization,
            HttpServletRequest http) {
        ApiLanguage.of(lang, http);
        return current(id, token(authorization), Math.max(0, after));
    }

    /**
     * A long poll: the same answer as {@link #follow}, as soon as there is a line after the cursor or the request
     * changes, or after {@code wait} seconds (at most {@value #LONGEST_WAIT}) with the place and wait as they are
     * then. Spring MVC's asynchronous requests: the servlet thread is free meanwhile, and the filters (CORS, limits)
     * ran once, before. A caller that cannot hold a request open polls {@link #follow} instead.
     */
    @GetMapping("/{id}/next")
    @Operation(summary = "Wait for the next change of a help request",
            description = "Answers as GET /api/v1/help-requests/{id} as soon as a line after the cursor arrives or the "
                    + "request changes, else after wait seconds (1 to 25, default 20).")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiDocs.Problems
    @ApiDocs.NotFound
    DeferredResult<HelpRequestsJson.HelpRequest> next(@PathVariable long id, @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "20") int wait, @RequestParam(required = false) @Nullable String lang,
            @Parameter(description = TOKEN) @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false)
            @Nullable String authorization, HttpServletRequest http) {
        ApiLanguage.of(lang, http);
        String token = token(authorization);
        long cursor = Math.max(0, after);
        DeferredResult<HelpRequestsJson.HelpRequest> result = new DeferredResult<>(
                Duration.ofSeconds(Math.clamp(wait, 1, LONGEST_WAIT)).toMillis());
        AtomicBoolean answered = new AtomicBoolean();
        Runnable answer = () -> {
            if (answered.compareAndSet(false, true)) {
                // read on another thread: a change is heard on the thread that committed it
                executor.execute(() -> answer(result, id, token, cursor));
            }
        };
        HandoffFeed.Subscription subscription = help.whenChanged(id, answer);
        result.onCompletion(subscription::cancel);
        // At once, on the container's thread: a result still unset when the callback returns would make Spring
        // answer the wait's end as an error (AsyncRequestTimeoutException). Set first, a change's answer is ignored.
        result.onTimeout(() -> {
            answered.set(true);
            answer(result, id, token, cursor);
        });
        // the token is checked now (a forged one is refused at once), and what is already there answered at once
        OnlineHelp.Conversation now;
        try {
            now = refusedAsProblem(() -> help.follow(id, token, cursor));
        } catch (RuntimeException e) {
            subscription.cancel();
            throw e;
        }
        if (!now.lines().isEmpty() || !now.ticket().status().open()) {
            subscription.cancel();
            answered.set(true);
            result.setResult(HelpRequestsJson.HelpRequest.of(id, null, now));
        }
        return result;
    }

    /** Sets {@code result} to the request as it is now, or to the problem that refuses it. */
    private void answer(DeferredResult<HelpRequestsJson.HelpRequest> result, long id, String token, long cursor) {
        try {
            result.setResult(current(id, token, cursor));
        } catch (RuntimeException e) {
            result.setErrorResult(e);
        }
    }

    /** The request as {@link #follow} answers it: its lines after {@code cursor}, or the problem that refuses it. */
    private HelpRequestsJson.HelpRequest current(long id, String token, long cursor) {
        return HelpRequestsJson.HelpRequest.of(id, null, refusedAsProblem(() -> help.follow(id, token, cursor)));
    }

    /** The citizen writes to the staff member: 201 with the line as stored (redacted). */
    @PostMapping(path = "/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write to the staff member", description = "Redacted before it is stored.")
    @ApiResponse(responseCode = "201", description = "The line as stored")
    @ApiDocs.Problems
    @ApiDocs.NotFound
    ResponseEntity<HelpRequestsJson.Message> say(@PathVariable long id, @RequestBody HelpRequestsJson.NewMessage body,
            @RequestParam(required = false) @Nullable String lang,
            @Parameter(description = TOKEN) @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false)
            @Nullable String authorization,
            HttpServletRequest http) {
        ApiLanguage.of(lang, http);
        String token = token(authorization);
        String text = body.text();
        if (text == null || text.isBlank()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "message-empty");
        }
        if (text.length() > help.maxMessage()) {
            throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "message-too-long", help.maxMessage());
        }
        OnlineHelp.Line line = refusedAsProblem(() -> help.say(id, token, text));
        return ResponseEntity.status(HttpStatus.CREATED).body(HelpRequestsJson.Message.of(line));
    }

    /**
     * The citizen cleared the conversation: the request ends (as a kiosk's whose citizen left) and the token opens
     * nothing any more. 204.
     */
    @DeleteMapping("/{id}")
    @Operation(summary = "Clear the conversation", description = "The request ends (the citizen left) and the "
            + "token opens nothing any more.")
    @ApiResponse(responseCode = "204", description = "Ended and forgotten")
    @ApiDocs.Problems
    @ApiDocs.NotFound
    ResponseEntity<Void> end(@PathVariable long id, @RequestParam(required = false) @Nullable String lang,
            @Parameter(description = TOKEN) @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false)
            @Nullable String authorization,
            HttpServletRequest http) {
        ApiLanguage.of(lang, http);
        String token = token(authorization);
        refusedAsProblem(() -> {
            help.end(id, token);
            return id;
        });
        return ResponseEntity.noContent().build();
    }

    private static String token(@Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || authorization.substring(BEARER.length()).isBlank()) {
            throw unauthorized();
        }
        return authorization.substring(BEARER.length()).strip();
    }

    private static HelpReason reason(@Nullable String code) {
        if (code == null) {
            return HelpReason.ASKED_FOR_PERSON;
        }
        for (HelpReason reason : HelpReason.values()) {
            if (reason.name().equals(HelpRequestsJson.constant(code))) {
                return reason;
            }
        }
        throw new ApiProblem(HttpStatus.BAD_REQUEST, "help-request-invalid-reason");
    }

    /**
     * The chat so far, refused when longer than {@link OnlineHelpSettings} allows (413) or malformed (400); it is
     * redacted when stored, like a kiosk's.
     */
    private List<TranscriptLine> transcript(@Nullable List<HelpRequestsJson.@Nullable TranscriptLine> lines) {
        if (lines == null) {
            return List.of();
        }
        OnlineHelpSettings limits = help.limits();
        if (lines.size() > limits.maxTranscriptLines()) {
            throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "transcript-too-long", limits.maxTranscriptLines());
        }
        List<TranscriptLine> transcript = new ArrayList<>();
        for (HelpRequestsJson.TranscriptLine line : lines) {
            if (line == null || line.text() == null || line.speaker() == null) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "transcript-line-invalid");
            }
            if (line.text().length() > limits.maxTranscriptLine()) {
                throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "transcript-line-too-long",
                        limits.maxTranscriptLine());
            }
            Speaker speaker = switch (line.speaker().strip().toLowerCase(Locale.ROOT)) {
                case "citizen" -> Speaker.CITIZEN;
                case "assistant" -> Speaker.KIOSK;
                default -> throw new ApiProblem(HttpStatus.BAD_REQUEST, "transcript-line-invalid");
            };
            if (!line.text().isBlank()) {
                transcript.add(new TranscriptLine(speaker, line.text()));
            }
        }
        return transcript;
    }

    /** Calls the help-request feature, its refusals turned into problems: a request that cannot be found is 404. */
    private <T> T refusedAsProblem(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (HandoffException e) {
            throw switch (e.problem()) {
                case NO_CONVERSATION, UNKNOWN_REQUEST -> new ApiProblem(HttpStatus.NOT_FOUND, "conversation-not-found");
                case TOO_MANY_REQUESTS -> limited();
                case CLOSED -> new ApiProblem(HttpStatus.CONFLICT, "conversation-ended");
                case MESSAGE_TOO_LONG -> new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "message-too-long", help.maxMessage());
                case EMPTY_MESSAGE -> new ApiProblem(HttpStatus.BAD_REQUEST, "message-empty");
                default -> new ApiProblem(HttpStatus.CONFLICT, "help-request-conflict");
            };
        }
    }

    /** Past {@code handoff.HelpRequestLimits}' per-client limit: its bucket refills over minutes, a minute is fair. */
    private static ApiProblem limited() {
        ApiProblem problem = new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "help-requests-limited");
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, "60");
        return problem;
    }

    private static ApiProblem unauthorized() {
        ApiProblem problem = new ApiProblem(HttpStatus.UNAUTHORIZED, "conversation-token-missing");
        problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problem;
    }
}
