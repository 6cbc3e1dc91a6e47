/**
 * Administration ({@code /admin}, role ADMIN): staff accounts, the registered kiosks, sites with their hours, and
 * desks. The screen follows {@link org.passerelle.admin.AdminFeed}, so what other administrators change arrives by push.
 */
@NullMarked
package org.passerelle.admin.ui;

import org.jspecify.annotations.NullMarked;
