package org.passerelle.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The OpenAPI annotations every API operation shares: its errors are problem details. */
final class ApiDocs {

    static final String PROBLEM = "application/problem+json";

    private ApiDocs() {
    }

    /** What every error's body is (RFC 9457), as {@link Problems} writes it: for the specification only. */
    @Schema(name = "Problem", description = "RFC 9457 problem details, title and detail in the language asked for")
    record ProblemBody(
            @Schema(description = "The problem type, stable: /api/v1/problems/<slug>",
                    example = "/api/v1/problems/guide-not-found") String type,
            @Schema(example = "There is no such guide") String title,
            int status,
            @Schema(description = "What to do about it") String detail,
            @Schema(description = "The path asked for") String instance,
            @Schema(description = "The language of title and detail", allowableValues = {"en", "fr"}) String lang,
            @Schema(description = "This request's id, also in X-Request-Id: give it when reporting a 500")
            String requestId) {
    }

    /** A 400 (bad parameter or body, wrong language) and 429 (rate limit): on every operation. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "400", description = "A parameter, the body or the language is not valid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemBody.class)))
    @ApiResponse(responseCode = "429", description = "Too many requests from this client: wait Retry-After seconds",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemBody.class)))
    @interface Problems {
    }

    /** A 404: the id is not known. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "404", description = "No such id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemBody.class)))
    @interface NotFound {
    }
}
