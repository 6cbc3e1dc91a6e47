package org.passerelle.content;

import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/**
 * Something a pre-publish check found in a guide version.
 *
 * @param severity how much it matters: an {@link Severity#ERROR} blocks submission and publication
 * @param kind     what was checked, for the UI to pick its message ({@code content.finding.<kind>})
 * @param language the language side it is about, or null when it is about both
 * @param where    where to look: {@code guides/<id>/fr.md:12}, {@code summary}, {@code step 3}, ...
 * @param message  the finding in plain English, with the details (for logs, and until the UI translates it)
 */
public record Finding(Severity severity, Kind kind, @Nullable Language language, String where, String message) {

    public enum Severity {
        /** Must be fixed before the version can be submitted or published. */
        ERROR,
        /** Should be looked at; does not block. */
        WARNING,
        /** A hint, e.g. the readability score. */
        INFO
    }

    public enum Kind {
        /** A language side is empty. */
        MISSING_SIDE,
        /** A required front-matter field is missing or empty ({@code title}, {@code summary}, ...). */
        MISSING_FIELD,
        /** The file does not follow the format; {@code where} names the line. */
        INVALID_TEXT,
        /** The whole knowledge base with this version in it does not load; {@code where} names file and line. */
        INVALID_KNOWLEDGE_BASE,
        /** The topic is not one of {@code topics.tsv}. */
        UNKNOWN_TOPIC,
        /** A {@code guide:} link or a related guide that is not published. */
        BROKEN_LINK,
        /** A training phrase that another guide or system intent already has (same normalised text). */
        PHRASE_CLASH,
        /** Fewer training phrases than the knowledge base asks for. */
        FEW_QUESTIONS,
        /** This side was last reviewed before the other side. */
        OLDER_SIDE,
        /** The other side changed since the version this one is based on, this side did not. */
        UNTRANSLATED_CHANGE,
        /** Another version was published since this one was started from it. */
        OUTDATED_BASE,
        /** A sentence longer than the plain-language limit. */
        LONG_SENTENCE,
        /** Words longer than the plain-language limit. */
        LONG_WORD,
        /** The readability score (Flesch reading ease in English, Kandel-Moles in French). */
        READABILITY
    }
}
