package org.passerelle.content;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param importWhenEmpty      on a start with no content in the database, import the knowledge-base folder
 *                             ({@code passerelle.knowledge-base.path}); when off, an empty database leaves the
 *                             kiosk on the folder
 * @param publishCheckEvery    how often scheduled versions that are due get published
 * @param maxTextLength        the longest language side of a guide, in characters
 * @param minQuestions         fewer training phrases per language than this is a warning
 * @param maxSentenceWords     a longer sentence is a plain-language warning
 * @param longWordLettersEn    an English word of at least this many letters is a hint
 * @param longWordLettersFr    a French word of at least this many letters is a hint (French words run longer)
 * @param minReadingEase       a readability score below this is a warning (60: plain language)
 */
@ConfigurationProperties("passerelle.content")
public record ContentSettings(
        @DefaultValue("true") boolean importWhenEmpty,
        @DefaultValue("1m") Duration publishCheckEvery,
        @DefaultValue("100000") int maxTextLength,
        @DefaultValue("15") int minQuestions,
        @DefaultValue("25") int maxSentenceWords,
        @DefaultValue("13") int longWordLettersEn,
        @DefaultValue("15") int longWordLettersFr,
        @DefaultValue("60") double minReadingEase) {
}
