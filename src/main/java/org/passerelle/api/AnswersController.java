package org.passerelle.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.passerelle.assistant.Answer;
import org.passerelle.assistant.Assistant;
import org.passerelle.assistant.AssistantSettings;
import org.passerelle.assistant.Conversation;
import org.passerelle.handoff.Channel;
import org.passerelle.kiosk.AnswerFeedback;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.Language;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assistant's answer to one question, the same decision as on the kiosk ({@link Assistant#answer}, through
 * {@link AnswerFeedback#ask} on {@link Channel#API}, which tells insights what was asked as the kiosk's questions
 * are, under the API's marker: insights redacts the text before it keeps anything). Each call is a conversation of
 * one question: nothing of it is kept here.
 *
 * <p>A question that cannot be used is a 400 problem, not an answer: empty ({@code question-empty}), or longer than
 * {@code passerelle.assistant.max-question-length} characters as sent ({@code question-too-long}, refused before the
 * assistant sees it; a body past 64 KB is a 413 before it is even read). Neither is counted in insights.
 */
@RestController
@RequestMapping(path = Representations.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Answers", description = "The assistant: a question in, the kiosk's answer out")
class AnswersController {

    private final Assistant assistant;
    private final AnswerFeedback feedback;
    private final AssistantSettings settings;

    AnswersController(Assistant assistant, AnswerFeedback feedback, AssistantSettings settings) {
        this.assistant = assistant;
        this.feedback = feedback;
        this.settings = settings;
    }

    @Schema(description = "A question, in English or French")
    record AnswerRequest(
            @Schema(description = "What the person asked, as typed", requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "How do I renew my passport?") @Nullable String question,
            @Schema(description = "The language the person is using, en or fr: a hint for short questions; the "
                    + "language the question is written in wins", example = "en") @Nullable String lang,
            @Schema(description = "How many answers in a row were not-understood before this question, in the "
                    + "caller's conversation (0 when absent): from the second, a person is offered first "
                    + "(helperFirst), as on the kiosk", minimum = "0", maximum = "1000", example = "0")
            @Nullable Integer notUnderstoodInARow,
            @Schema(description = "Where the person asked, for the anonymous counts only: web (Passerelle's web "
                    + "chat) or api (other software; when absent)", allowableValues = {"api", "web"})
            @Nullable String channel) {
    }

    @Schema(description = "The assistant's answer. kind says which fields are there: guide (guide, confidence, band "
            + "high, snippet), confirmation (guide, confidence, band medium: ask \"Is this what you need?\"), "
            + "clarification (candidates: ask which one), not-understood (didYouMean, helperFirst: offer a person "
            + "first), referral (referral, alsoOffered), system (intent: greeting, thanks, goodbye, ask-person, "
            + "start-over)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AnswerResponse(
            @Schema(allowableValues = {"guide", "confirmation", "clarification", "not-understood", "referral",
                    "system"}) String kind,
            @Schema(description = "The answer's language: the question's, detected") String lang,
            @Schema(description = "The question as it was received, as text") String question,
            @Nullable Double confidence,
            @Schema(allowableValues = {"high", "medium"}) @Nullable String band,
            Json.@Nullable GuideSummary guide,
            @Schema(description = "An extract of the guide around the question's words, plain text")
            @Nullable String snippet,
            @Nullable List<Json.GuideSummary> candidates,
            @Nullable String didYouMean,
            @Nullable Boolean helperFirst,
            Json.@Nullable Referral referral,
            @Nullable List<Json.GuideSummary> alsoOffered,
            @Nullable String intent) {
    }

    @PostMapping(path = "/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask the assistant a question",
            description = "The same decision as the kiosk's. Questions have a rate limit of their own, tighter "
                    + "than reads.")
    @ApiResponse(responseCode = "200", description = "The answer")
    @ApiDocs.Problems
    @ApiResponse(responseCode = "413", description = "The body is larger than 64 KB",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = ApiDocs.PROBLEM,
                    schema = @Schema(implementation = ApiDocs.ProblemBody.class)))
    AnswerResponse answer(@RequestBody AnswerRequest body, HttpServletRequest request) {
        Language hint = ApiLanguage.of(body.lang(), request);
        String question = body.question();
        if (question == null || question.isBlank()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "question-empty");
        }
        if (question.length() > settings.maxQuestionLength()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "question-too-long",
                    String.valueOf(settings.maxQuestionLength()));
        }
        int inARow = body.notUnderstoodInARow() == null ? 0 : body.notUnderstoodInARow();
        if (inARow < 0 || inARow > MAX_IN_A_ROW) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", "notUnderstoodInARow");
        }
        Channel channel = CallerChannel.of(body.channel());
        // Counted on its channel with no site, keyed by this request alone: the caller keeps its conversation, and
        // says how many answers in a row were not understood.
        Answer answer = feedback.ask(Conversation.resumed(assistant, inARow), channel, RequestIds.of(request), null,
                question, hint);
        return response(answer, question, settings.maxQuestionLength());
    }

    /** A count beyond any real conversation: refused rather than believed. */
    private static final int MAX_IN_A_ROW = 1000;

    private static AnswerResponse response(Answer answer, String question, int maxLength) {
        Language language = answer.language();
        String lang = language.code();
        return switch (answer) {
            case Answer.GuideAnswer g -> new AnswerResponse("guide", lang, question, g.confidence(), "high",
                    Representations.summary(g.guide(), language),
                    g.snippet().map(s -> Jsoup.parse(s).text()).orElse(null), null, null, null, null, null, null);
            case Answer.Confirmation c -> new AnswerResponse("confirmation", lang, question, c.confidence(), "medium",
                    Representations.summary(c.guide(), language), null, null, null, null, null, null, null);
            case Answer.Clarification c -> new AnswerResponse("clarification", lang, question, null, null, null, null,
                    summaries(c.candidates(), language), null, null, null, null, null);
            case Answer.NotUnderstood n -> new AnswerResponse("not-understood", lang, question, null, null, null, null,
                    null, n.didYouMean().orElse(null), n.helperFirst(), null, null, null);
            case Answer.ReferralAnswer r -> new AnswerResponse("referral", lang, question, null, null, null, null,
                    null, null, null, Representations.referral(r.referral(), language),
                    summaries(r.alsoOffered(), language), null);
            case Answer.SystemReply s -> new AnswerResponse("system", lang, question, null, null, null, null, null,
                    null, null, null, null, s.intent().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            case Answer.InvalidQuestion i -> throw i.problem() == Answer.Problem.EMPTY
                    ? new ApiProblem(HttpStatus.BAD_REQUEST, "question-empty")
                    : new ApiProblem(HttpStatus.BAD_REQUEST, "question-too-long", String.valueOf(maxLength));
        };
    }

    private static List<Json.GuideSummary> summaries(List<Guide> guides, Language language) {
        return guides.stream().map(g -> Representations.summary(g, language)).toList();
    }
}
