/**
 * Every text a person reads, in English and French, from the message bundles: Vaadin's translation provider and
 * the same lookup for code outside the screens.
 */
@NullMarked
package org.passerelle.i18n;

import org.jspecify.annotations.NullMarked;
