package org.passerelle.publication;

import org.passerelle.knowledge.Language;

/** Where one page is in each language: what its language alternates and the sitemap list. */
@FunctionalInterface
interface PageAddress {

    String in(Addresses addresses, Language language);
}
