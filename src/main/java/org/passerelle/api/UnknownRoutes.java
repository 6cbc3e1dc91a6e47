package org.passerelle.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
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

    UnknownRoutes(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    ResponseEntity<Void> unknown(HttpServletRequest request) throws Exception {
        List<RequestMappingInfo> samePath = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType() != UnknownRoutes.class)
                .map(Map.Entry::getKey)
                .filter(info -> info.getPathPatternsCondition() != null
                        && info.getPathPatternsCondition().getMatchingCondition(request) != null)
                .toList();
        if (samePath.isEmpty()) {
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
            String type = request.getContentType();
            throw new HttpMediaTypeNotSupportedException(type == null ? null : MediaType.parseMediaType(type),
                    supported, HttpMethod.valueOf(request.getMethod()));
        }
        List<MediaType> producible = consumable.stream()
                .flatMap(info -> info.getProducesCondition().getProducibleMediaTypes().stream()).distinct().toList();
        throw new HttpMediaTypeNotAcceptableException(producible);
    }
}
