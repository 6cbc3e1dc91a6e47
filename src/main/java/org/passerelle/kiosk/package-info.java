/**
 * The citizen kiosk: its configuration, which browser is which kiosk ({@link org.passerelle.kiosk.KioskEnrolment}:
 * one-time codes, device secrets, revocation) and the events it publishes for other features (questions answered,
 * "did you mean…?" resolved, feedback on guides, wrong answers reported), all through
 * {@link org.passerelle.kiosk.AnswerFeedback}, which the screens call: screens never publish. The screens themselves
 * are in {@code kiosk.ui}.
 */
@NullMarked
package org.passerelle.kiosk;

import org.jspecify.annotations.NullMarked;
