package org.passerelle.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of every controller in {@code org.passerelle.api} as RFC 9457 problem details
 * ({@code application/problem+json}) in the caller's language: Spring MVC's own errors (malformed JSON, a wrong
 * type, an unknown field, a missing parameter, an unsupported media type, a method not allowed…), an {@link
 * ApiProblem} a controller throws, and anything unexpected (500 {@code internal-error}, logged with the request id,
 * never a stack trace). The problem types and texts: {@link Problems}, {@code api.problem.*} in the message files.
 *
 * <p><b>For a controller of this package</b> (the help requests' and conversations' too): throw
 * {@code new ApiProblem(HttpStatus.X, "your-slug", arguments...)} and add {@code api.problem.your-slug.title} and
 * {@code api.problem.your-slug.detail} to {@code messages_en.properties} and {@code messages_fr.properties}. Request
 * bodies are read strictly (an unknown field is a 400 {@code unknown-field}); a body past
 * {@code passerelle.api.max-body} is a 413 before it is read; the language is {@link ApiLanguage#of}. Unknown paths
 * under {@code /api} reach {@link UnknownRoutes}, which answers 404, 405, 406 or 415 through here.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** Anything not foreseen: 500, logged here with its request id; the caller gets the id and no detail. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        HttpServletRequest servlet = servlet(request);
        LOG.error("API request {} {} failed (request id {})", servlet.getMethod(), servlet.getRequestURI(),
                RequestIds.of(servlet), e);
        return problem(servlet, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", new HttpHeaders());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        HttpServletRequest servlet = servlet(request);
        if (ex instanceof ApiProblem problem) {
            return problem(servlet, problem.getStatusCode(), problem.slug(), headers, problem.arguments());
        }
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(servlet, unreadable, headers);
        }
        if (statusCode.is5xxServerError()) {
            LOG.error("API request {} {} failed (request id {})", servlet.getMethod(), servlet.getRequestURI(),
                    RequestIds.of(servlet), ex);
            return problem(servlet, statusCode, "internal-error", headers);
        }
        return switch (ex) {
            case HttpRequestMethodNotSupportedException m -> problem(servlet, statusCode, "method-not-allowed", headers,
                    m.getMethod(), String.join(", ", m.getSupportedMethods() == null ? new String[0]
                            : m.getSupportedMethods()));
            case HttpMediaTypeNotSupportedException m -> problem(servlet, statusCode, "unsupported-media-type", headers,
                    m.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", ")));
            case HttpMediaTypeNotAcceptableException m -> problem(servlet, statusCode, "not-acceptable", headers);
            case NoResourceFoundException n -> problem(servlet, HttpStatus.NOT_FOUND, "not-found", headers);
            case NoHandlerFoundException n -> problem(servlet, HttpStatus.NOT_FOUND, "not-found", headers);
            case MissingServletRequestParameterException m -> problem(servlet, statusCode, "missing-parameter",
                    headers, m.getParameterName());
            case TypeMismatchException t -> problem(servlet, HttpStatus.BAD_REQUEST, "wrong-type", headers,
                    t.getPropertyName() == null ? "?" : t.getPropertyName());
            case MethodArgumentNotValidException v -> problem(servlet, HttpStatus.BAD_REQUEST, "invalid-parameter",
                    headers, v.getBindingResult().getFieldErrors().stream().map(f -> f.getField()).distinct()
                            .collect(Collectors.joining(", ")));
            case HandlerMethodValidationException v -> problem(servlet, HttpStatus.BAD_REQUEST, "invalid-parameter",
                    headers, v.getParameterValidationResults().stream()
                            .map(r -> String.valueOf(r.getMethodParameter().getParameterName())).distinct()
                            .collect(Collectors.joining(", ")));
            default -> problem(servlet, statusCode, statusCode.value() == 404 ? "not-found" : "bad-request", headers);
        };
    }

    /** A body that could not be read: too large, not JSON, a field of the wrong type, or a field we do not know. */
    private ResponseEntity<Object> unreadable(HttpServletRequest servlet, HttpMessageNotReadableException e,
            HttpHeaders headers) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyLimit.TooLarge) {
                return problem(servlet, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", headers);
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return problem(servlet, HttpStatus.BAD_REQUEST, "unknown-field", headers, unknown.getPropertyName());
            }
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                return problem(servlet, HttpStatus.BAD_REQUEST, "wrong-type", headers, path(mismatch));
            }
            if (cause instanceof StreamReadException) {
                break;
            }
        }
        return problem(servlet, HttpStatus.BAD_REQUEST, "malformed-json", headers);
    }

    private static String path(JacksonException e) {
        return e.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
                : String.valueOf(r.getIndex())).collect(Collectors.joining("."));
    }

    private static ResponseEntity<Object> problem(HttpServletRequest request, HttpStatusCode status, String slug,
            HttpHeaders headers, Object... arguments) {
        ProblemDetail body = Problems.of(request, status, slug, arguments);
        HttpHeaders out = new HttpHeaders();
        out.addAll(headers);
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(out).body(body);
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return java.util.Objects.requireNonNull(((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class));
    }
}
