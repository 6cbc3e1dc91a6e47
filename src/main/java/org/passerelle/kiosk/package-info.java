/**
 * The citizen kiosk: its configuration and the events it publishes for other features (questions answered,
 * "did you mean…?" resolved, feedback on guides). The screens themselves are in {@code kiosk.ui}.
 */
@NullMarked
package org.passerelle.kiosk;

import org.jspecify.annotations.NullMarked;
