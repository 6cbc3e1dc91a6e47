package org.passerelle.kiosk;

import java.time.Instant;
import org.passerelle.knowledge.Language;

/**
 * Published by {@link AnswerFeedback#guideHelped} when a citizen answers "Did this help?" at the end of a guide.
 * Carries no personal data.
 *
 * @param at when the citizen answered
 */
public record GuideFeedback(String kioskId, String guideId, Language language, boolean helped, Instant at) {
}
