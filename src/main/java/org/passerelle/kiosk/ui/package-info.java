/**
 * The citizen kiosk's screens: welcome, home with topic tiles and the question box, topics, the
 * conversation, a guide one step per screen, its end with "Did this help?", "take it with you" (print and
 * QR code), and help from a person. All anonymous; all state lives in {@link org.passerelle.kiosk.ui.KioskSession}
 * and is wiped by "Finish and clear" or when nobody touches the screen.
 */
@NullMarked
package org.passerelle.kiosk.ui;

import org.jspecify.annotations.NullMarked;
