/**
 * Administration: what the {@code /admin} screens ({@code admin.ui}) follow. {@link org.passerelle.admin.AdminFeed}
 * tells every open admin screen, once committed, that a site, a desk or a kiosk changed, whoever changed it.
 */
@NullMarked
package org.passerelle.admin;

import org.jspecify.annotations.NullMarked;
