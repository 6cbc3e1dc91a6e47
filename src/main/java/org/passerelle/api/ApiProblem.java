package org.passerelle.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error an API controller answers with: an HTTP status and a problem type ({@code slug}), turned by {@link
 * ApiExceptionHandler} into RFC 9457 problem details in the caller's language. The texts are
 * {@code api.problem.<slug>.title} and {@code api.problem.<slug>.detail} of {@code messages_en/_fr.properties}
 * ({@link java.text.MessageFormat}, {@code arguments} filling {@code {0}}, {@code {1}}… of the detail); the type is
 * {@code /api/v1/problems/<slug>} (see {@link Problems}).
 *
 * <p>How a controller of this package refuses something:
 * <pre>{@code
 * throw new ApiProblem(HttpStatus.NOT_FOUND, "guide-not-found", id);
 * throw new ApiProblem(HttpStatus.FORBIDDEN, "conversation-token-invalid");
 * }</pre>
 * with both keys in both message files (MessagesTest fails otherwise). Anything else thrown becomes a 500
 * {@code internal-error}, logged with its request id, and no stack trace reaches the caller.
 */
class ApiProblem extends ErrorResponseException {

    private final String slug;
    private final Object[] arguments;

    ApiProblem(HttpStatus status, String slug, Object... arguments) {
        super(status, ProblemDetail.forStatus(status), null, "api.problem." + slug + ".detail", arguments);
        this.slug = slug;
        this.arguments = arguments.clone();
    }

    /** The problem type's last segment, also the start of its message keys. */
    String slug() {
        return slug;
    }

    /** What fills the detail's {@code {0}}, {@code {1}}…: caller input is shown as JSON text, never interpreted. */
    Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String getMessage() {
        return getStatusCode().value() + " " + slug;
    }
}
