package org.passerelle.publication;

import org.passerelle.knowledge.Language;

/**
 * Where the pages are, in one place: English at {@code /guides}, French under {@code /fr}. Links inside a page are
 * paths; the canonical address, the language alternates, the JSON-LD and the sitemap need absolute ones, which start
 * with {@code origin}.
 *
 * @param origin scheme, host, port and context path of the request (no trailing slash), as the browser used them
 * @param root   the context path alone ("" at the root)
 */
record Addresses(String origin, String root) {

    static final String X_DEFAULT = "x-default";

    String indexPath(Language language) {
        return root + prefix(language) + "/guides";
    }

    String index(Language language) {
        return origin + prefix(language) + "/guides";
    }

    String guide(Language language, String guideId) {
        return index(language) + "/" + guideId;
    }

    /** The id of a step's element on its guide's page, the fragment of the step's address. */
    static String stepAnchor(int position) {
        return "step-" + position;
    }

    String stylesheet() {
        return root + "/styles/guide-page.css";
    }

    /** English is the default: the bundled content is written in English first and reviewed in French. */
    static Language defaultLanguage() {
        return Language.EN;
    }

    private static String prefix(Language language) {
        return language == Language.EN ? "" : "/" + language.code();
    }
}
