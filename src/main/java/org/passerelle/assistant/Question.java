package org.passerelle.assistant;

import org.passerelle.knowledge.Language;

/**
 * One question as the kiosk sends it.
 *
 * @param text                  what the citizen typed, untouched
 * @param kioskLanguage         the language the kiosk is showing; a prior for short questions
 * @param notUnderstoodInARow   how many answers in a row before this one were "not understood"
 */
public record Question(String text, Language kioskLanguage, int notUnderstoodInARow) {
}
