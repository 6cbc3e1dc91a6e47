/**
 * The evaluation and administration commands, run from the same jar as the kiosk without its web server.
 */
@NullMarked
package org.passerelle.cli;

import org.jspecify.annotations.NullMarked;
