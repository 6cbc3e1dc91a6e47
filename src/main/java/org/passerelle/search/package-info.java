/**
 * Full-text search over the guides, in English and French: typo tolerance, synonyms managed by editors,
 * "did you mean" and autocomplete.
 *
 * <p>The API is {@link org.passerelle.search.SearchService} for the application,
 * {@link org.passerelle.search.GuideIndexer} and the {@link org.passerelle.search.SearchIndex} it builds for plain
 * Java use (command line, benchmarks), the records
 * {@link org.passerelle.search.SearchHit} and {@link org.passerelle.search.SearchResults}, the settings
 * {@link org.passerelle.search.SearchSettings} and the {@code evaluate-search} command
 * ({@link org.passerelle.search.EvaluateSearchCommand}). Everything else is package-private.
 */
@NullMarked
package org.passerelle.search;

import org.jspecify.annotations.NullMarked;
