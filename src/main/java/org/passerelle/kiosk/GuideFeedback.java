package org.passerelle.kiosk;

import org.passerelle.knowledge.Language;

/** Published when a citizen answers "Did this help?" at the end of a guide. Carries no personal data. */
public record GuideFeedback(String kioskId, String guideId, Language language, boolean helped) {
}
