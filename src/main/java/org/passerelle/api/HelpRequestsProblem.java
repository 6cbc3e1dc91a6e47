package org.passerelle.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.i18n.Messages;
import org.passerelle.knowledge.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refusal of {@link HelpRequestsController}, worded in the caller's language from a message key, as a problem
 * (RFC 9457).
 */
final class HelpRequestsProblem extends RuntimeException {

    private final HttpStatus status;
    private final String key;
    private final Language language;
    private final Object[] params;

    HelpRequestsProblem(HttpStatus status, String key, Language language, Object... params) {
        super(key);
        this.status = status;
        this.key = key;
        this.language = language;
        this.params = params.clone();
    }

    /**
     * The language asked for with {@code lang}: an invalid one is refused (400, worded in the language the browser
     * prefers); none means the browser's, else English.
     */
    static Language language(@Nullable String lang, HttpServletRequest http) {
        Language preferred = Language.fromLocale(http.getLocale());
        if (lang == null) {
            return preferred;
        }
        Optional<Language> asked = lang.length() > 10 ? Optional.empty() : Language.fromCode(lang);
        return asked.orElseThrow(() -> new HelpRequestsProblem(HttpStatus.BAD_REQUEST, "api.helpRequests.badLang",
                preferred));
    }

    /** A refusal of the help-request feature, worded in {@code language}. */
    static HelpRequestsProblem of(org.passerelle.handoff.HandoffException e, Language language) {
        return new HelpRequestsProblem(HelpRequestsController.status(e), e.messageKey(), language);
    }

    ProblemDetail detail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, Messages.get(language, key, params));
        problem.setTitle(Messages.get(language, "api.helpRequests.title." + status.value()));
        problem.setProperty("lang", language.code());
        return problem;
    }

    HttpStatus status() {
        return status;
    }

    /** Turns the refusals of {@link HelpRequestsController} into problems. */
    @RestControllerAdvice(assignableTypes = HelpRequestsController.class)
    static class Handler {

        @ExceptionHandler
        ResponseEntity<ProblemDetail> refused(HelpRequestsProblem e) {
            ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
            if (e.status() == HttpStatus.UNAUTHORIZED) {
                response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            }
            if (e.status() == HttpStatus.TOO_MANY_REQUESTS) {
                // the per-client bucket of help requests refills over minutes; a minute is a fair first wait
                response.header(HttpHeaders.RETRY_AFTER, "60");
            }
            return response.body(e.detail());
        }

        @ExceptionHandler
        ResponseEntity<ProblemDetail> refused(org.passerelle.handoff.HandoffException e, HttpServletRequest http) {
            Language language = Language.fromCode(http.getParameter("lang")).orElse(Language.fromLocale(http.getLocale()));
            return refused(of(e, language));
        }
    }
}
