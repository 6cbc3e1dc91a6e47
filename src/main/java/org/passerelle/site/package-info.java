/**
 * Sites (a library branch, a service centre), their opening and staffed hours, closures and the other ways to get
 * help there; and desks, the teams that serve one site (LOCAL) or several (REMOTE).
 *
 * <p>The API is {@link org.passerelle.site.SiteService} and its records. Every other feature reads sites and hours
 * through it; hours are computed in the site's time zone by a pure engine ({@code Schedule}). Entities and
 * repositories are package-private. This feature knows nothing of kiosks or help requests: a kiosk names its site
 * ({@code handoff}), never the reverse.
 */
@NullMarked
package org.passerelle.site;

import org.jspecify.annotations.NullMarked;
