package org.passerelle.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request under {@code /api/} that no controller takes. Without it the request would fall through to Vaadin
 * (whose handler maps everything else) and get a kiosk page; here it gets a problem: 404 {@code not-found} for a path
 * nobody serves, else the reason the route refused it (405 with {@code Allow}, 415, 406), as Spring would say had this
 * catch-all not matched first.
 */
@RestController
@Hidden
class UnknownRoutes {

    private final RequestMappingHandlerMapping mappings;
    private final HandlerMapping resources;

    UnknownRoutes(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
            @Qualifier("resourceHandlerMapping") HandlerMapping resources) {
        this.mappings = mappings;
        this.resources = resources;
    }

    @RequestMapping("/api/**")
    @Nullable ResponseEntity<Void> unknown(HttpServletRequest request, HttpServletResponse response) throws Exception {
        List<RequestMappingInfo> samePath = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType() != UnknownRoutes.class)
                .map(Map.Entry::getKey)
                .filter(info -> info.getPathPatternsCondition() != null
                        && info.getPathPatternsCondition().getMatchingCondition(request) != null)
                .toList();
        if (samePath.isEmpty()) {
            // Static files under /api (the browsable page's, /api/v1/swagger-ui/…) are served by the resource
            // handlers, which come after every controller: this catch-all would hide them. A missing file is a
            // NoResourceFoundException, a 404 problem.
            HandlerExecutionChain chain = resources.getHandler(request);
            if (chain != null && chain.getHandler() instanceof HttpRequestHandler files) {
                // Its interceptors say which file the path names (the path within the handler's mapping).
                for (HandlerInterceptor interceptor : chain.getInterceptorList()) {
                    if (!interceptor.preHandle(request, response, files)) {
                        return null;
                    }
                }
                files.handleRequest(request, response);
                return null;
            }
            throw new ApiProblem(HttpStatus.NOT_FOUND, "not-found");
        }
        List<RequestMappingInfo> sameMethod = samePath.stream()
                .filter(info -> info.getMethodsCondition().getMatchingCondition(request) != null).toList();
        if (sameMethod.isEmpty()) {
            Set<String> allowed = new LinkedHashSet<>();
            samePath.forEach(info -> info.getMethodsCondition().getMethods().forEach(m -> allowed.add(m.name())));
            if (allowed.contains(RequestMethod.GET.name())) {
                allowed.add(RequestMethod.HEAD.name());
            }
            allowed.add(RequestMethod.OPTIONS.name());
            if (HttpMethod.OPTIONS.matches(request.getMethod())) {
                return ResponseEntity.ok().header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
            }
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
        }
        List<RequestMappingInfo> consumable = sameMethod.stream()
                .filter(info -> info.getConsumesCondition().getMatchingCondition(request) != null).toList();
        if (consumable.isEmpty()) {
            List<MediaType> supported = sameMethod.stream()
                    .flatMap(info -> info.getConsumesCondition().getConsumableMediaTypes().stream()).distinct().toList();
            throw new HttpMediaTypeNotSupportedException(contentType(request), supported,
                    HttpMethod.valueOf(request.getMethod()));
        }
        List<MediaType> producible = consumable.stream()
                .flatMap(info -> info.getProducesCondition().getProducibleMediaTypes().stream()).distinct().toList();
        throw new HttpMediaTypeNotAcceptableException(producible);
    }

    private static @Nullable MediaType contentType(HttpServletRequest request) {
        try {
            return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException malformed) {
            return null;
        }
    }
}
