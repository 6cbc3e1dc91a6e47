/**
 * The web side of security: the Spring Security configuration (Vaadin's {@code VaadinSecurityConfigurer}) and
 * the bilingual login view at {@code /login}. Kiosk views and static files ({@code /styles}, {@code /scripts},
 * {@code /icons}) are open to everyone; every other page needs a signed-in staff member, and each view's
 * access annotation ({@code @RolesAllowed(Roles.AGENT)}, …) decides whether that one may open it.
 */
@NullMarked
package org.passerelle.security.ui;

import org.jspecify.annotations.NullMarked;
