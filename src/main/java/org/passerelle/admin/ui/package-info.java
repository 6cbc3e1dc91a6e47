/** Administration ({@code /admin}, role ADMIN): staff accounts and the registered kiosks. */
@NullMarked
package org.passerelle.admin.ui;

import org.jspecify.annotations.NullMarked;
