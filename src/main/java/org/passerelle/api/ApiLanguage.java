package org.passerelle.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;
import org.springframework.http.HttpStatus;

/**
 * The one rule for the language of an API response: the {@code lang} query parameter ({@code en} or {@code fr})
 * first, else the preferred of English and French in {@code Accept-Language}, else English. Every controller and
 * the problem responses ask here.
 */
final class ApiLanguage {

    /** The query parameter that chooses the language. */
    static final String PARAMETER = "lang";
    /** The request's attribute that keeps a language its body named, for a problem found after the body was read. */
    private static final String NAMED = ApiLanguage.class.getName() + ".named";

    private ApiLanguage() {
    }

    /**
     * The language {@code request} asks for.
     *
     * @throws ApiProblem 400 {@code invalid-language} when {@code lang} is there but neither {@code en} nor {@code fr}
     */
    static Language of(HttpServletRequest request) {
        return of(request.getParameter(PARAMETER), request);
    }

    /**
     * The language named by {@code code} (a body's {@code lang}, say) when there is one, else that of
     * {@code request}. A problem found later in the same request is said in that language too.
     *
     * @throws ApiProblem 400 {@code invalid-language} when {@code code} is neither {@code en} nor {@code fr}
     */
    static Language of(@Nullable String code, HttpServletRequest request) {
        if (code != null) {
            Language named = parse(code).orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-language"));
            request.setAttribute(NAMED, named);
            return named;
        }
        String parameter = request.getParameter(PARAMETER);
        if (parameter != null) {
            return parse(parameter).orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-language"));
        }
        return accepted(request);
    }

    /**
     * For a problem response: the language asked for, without failing on a wrong {@code lang} (then the header's); a
     * language the body named, once read, wins.
     */
    static Language lenient(HttpServletRequest request) {
        if (request.getAttribute(NAMED) instanceof Language named) {
            return named;
        }
        return Optional.ofNullable(request.getParameter(PARAMETER)).flatMap(ApiLanguage::parse)
                .orElseGet(() -> accepted(request));
    }

    /** Exactly {@code en} or {@code fr}, any case: an API names its language, no regional variant or guess. */
    static Optional<Language> parse(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (Language language : Language.values()) {
            if (language.code().equals(c)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    private static Language accepted(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Language.EN;
        }
        try {
            // Sorted by weight, best first.
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            List<String> codes = List.of(Language.EN.code(), Language.FR.code());
            for (Locale.LanguageRange range : ranges) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
                if (range.getWeight() > 0 && codes.contains(primary)) {
                    return parse(primary).orElse(Language.EN);
                }
            }
            return Language.EN;
        } catch (IllegalArgumentException malformed) {
            // A header that is not a language list is no preference.
            return Language.EN;
        }
    }
}
