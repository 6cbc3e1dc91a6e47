/**
 * The public API ({@code /api/v1}, issue 15): guides, topics, life events, referrals, search and the assistant's
 * answers, in English or French, for software other than the kiosk. A web layer like the {@code ..ui..} packages: it
 * calls the features' public services and records, and nothing imports it (ArchitectureTest).
 *
 * <p>Shared by every controller of this package: errors as RFC 9457 problem details in the caller's language
 * ({@link org.passerelle.api.ApiProblem}, {@link org.passerelle.api.ApiExceptionHandler}), the language rule
 * ({@link org.passerelle.api.ApiLanguage}), CORS, request ids, body-size and rate limits ({@link
 * org.passerelle.api.ApiFilter}), and the settings ({@link org.passerelle.api.ApiSettings}).
 */
@NullMarked
package org.passerelle.api;

import org.jspecify.annotations.NullMarked;
