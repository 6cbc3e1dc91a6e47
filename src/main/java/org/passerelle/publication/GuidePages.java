package org.passerelle.publication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The open guide pages and their sitemap, for anyone, without a session (security's public channel). Spring MVC
 * answers these paths; everything it does not map goes on to Vaadin's servlet as before.
 *
 * <p>Every request reads the knowledge base in force, so a publication shows at once, without a restart. Pages may be
 * kept a few minutes ({@link GuidePagesSettings#maxAge}) and are then asked for again with their ETag: the content's
 * revision and a digest of the page itself (a knowledge base read from a folder is always revision 0, and a page also
 * changes with the host it is asked on), so an unchanged page costs a 304 and no body.
 *
 * <p>Absolute addresses (canonical, alternates, JSON-LD, sitemap) come from the request as the browser made it:
 * behind a proxy Tomcat takes the scheme and host from its forwarded headers
 * ({@code server.forward-headers-strategy=native}), and only host names of {@code passerelle.allowed-hosts} get this
 * far, so a forged Host header is never written into a page.
 */
@Controller
class GuidePages {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

    private final KnowledgeService knowledge;
    private final GuidePagesSettings settings;

    GuidePages(KnowledgeService knowledge, GuidePagesSettings settings) {
        this.knowledge = knowledge;
        this.settings = settings;
    }

    @GetMapping("/guides")
    void englishIndex(HttpServletRequest request, HttpServletResponse response) throws IOException {
        index(Language.EN, request, response);
    }

    @GetMapping("/fr/guides")
    void frenchIndex(HttpServletRequest request, HttpServletResponse response) throws IOException {
        index(Language.FR, request, response);
    }

    @GetMapping("/guides/{id}")
    void englishGuide(@PathVariable String id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        guide(Language.EN, id, request, response);
    }

    @GetMapping("/fr/guides/{id}")
    void frenchGuide(@PathVariable String id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        guide(Language.FR, id, request, response);
    }

    /** Deeper paths name no guide; without these, Vaadin would answer them with a kiosk screen. */
    @GetMapping("/guides/**")
    void englishElsewhere(HttpServletRequest request, HttpServletResponse response) throws IOException {
        notFound(Language.EN, request, response);
    }

    @GetMapping("/fr/guides/**")
    void frenchElsewhere(HttpServletRequest request, HttpServletResponse response) throws IOException {
        notFound(Language.FR, request, response);
    }

    @GetMapping("/sitemap.xml")
    void sitemap(HttpServletRequest request, HttpServletResponse response) throws IOException {
        KnowledgeBase current = knowledge.current();
        cached(current, XML, Sitemap.of(current, addresses(request)), request, response);
    }

    private void index(Language language, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        KnowledgeBase current = knowledge.current();
        cached(current, HTML, html(current, language, request).index(), request, response);
    }

    private void guide(Language language, String id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        KnowledgeBase current = knowledge.current();
        Optional<Guide> guide = current.guide(id);
        if (guide.isEmpty()) {
            notFound(language, request, response);
            return;
        }
        cached(current, HTML, html(current, language, request).guide(guide.get()), request, response);
    }

    private void notFound(Language language, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        write(HTML, html(knowledge.current(), language, request).notFound(), response);
    }

    private GuidePageHtml html(KnowledgeBase current, Language language, HttpServletRequest request) {
        return new GuidePageHtml(current, addresses(request), language, settings.helpGuide());
    }

    private static Addresses addresses(HttpServletRequest request) {
        String origin = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
        return new Addresses(origin, request.getContextPath());
    }

    /**
     * Answers with the page, or with 304 when the browser's copy is the same. The headers are set on the response
     * itself: the security filter's {@code no-store} must be replaced, not joined by a second Cache-Control.
     */
    private void cached(KnowledgeBase current, MediaType type, String body, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        String etag = "\"" + current.revision() + "-" + digest(body) + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL,
                CacheControl.maxAge(settings.maxAge()).cachePublic().getHeaderValue());
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return;
        }
        write(type, body, response);
    }

    private static void write(MediaType type, String body, HttpServletResponse response) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(type.toString());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String digest(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
