/** What the operations feature counts of the screens: the open sessions, by kind of screen. It shows no screen. */
@NullMarked
package org.passerelle.operations.ui;

import org.jspecify.annotations.NullMarked;
