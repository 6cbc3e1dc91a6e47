package org.passerelle.intent;

import org.passerelle.knowledge.Language;

/**
 * Which official language a text is written in.
 *
 * @param language   the kiosk's current language unless the text clearly is in the other one
 * @param confidence posterior probability of {@code language}, the kiosk's language counting as a prior
 */
public record LanguageGuess(Language language, double confidence) {

    /** True when the text is in the other language than {@code kioskLanguage}: the kiosk should switch. */
    public boolean switchesFrom(Language kioskLanguage) {
        return language != kioskLanguage;
    }
}
