package org.passerelle.knowledge;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong in a knowledge base's files, where it is and what kind of thing it is, so that a caller (the
 * content editor's pre-publish checks) can say it in its own words without reading the message.
 *
 * @param file    relative to the knowledge-base folder ({@code guides/passport/fr.md}); null for the folder itself
 * @param line    1-based, or 0 when the problem is about the whole file
 * @param type    what was checked
 * @param message the problem in plain English, without the location
 * @param subject what the problem is about, for the types that name one: the field, topic, guide id or phrase
 * @param other   for {@link Type#SHARED_PHRASE}, the intent that already has the phrase (a guide id, or a system
 *                intent's label); otherwise empty
 */
public record KnowledgeBaseProblem(@Nullable Path file, int line, Type type, String message, String subject,
                                   String other) {

    /** What a problem is about. */
    public enum Type {
        /** The file does not follow its format (the default). */
        FORMAT,
        /** A required front-matter field is absent, or empty; {@code subject} is the field. */
        MISSING_FIELD,
        /** A guide's topic is not in {@code topics.tsv}; {@code subject} is the topic. */
        UNKNOWN_TOPIC,
        /** A related guide that does not exist; {@code subject} is its id. */
        UNKNOWN_RELATED_GUIDE,
        /** A guide names itself among its related guides. */
        RELATED_TO_ITSELF,
        /** A {@code guide:} link to a guide that does not exist; {@code subject} is its id. */
        UNKNOWN_LINKED_GUIDE,
        /** A life event's step names a guide that does not exist; {@code subject} is its id. */
        UNKNOWN_STEP_GUIDE,
        /** A phrase another intent already has; {@code subject} is the phrase as written here. */
        SHARED_PHRASE
    }

    public static KnowledgeBaseProblem of(@Nullable Path file, int line, String message) {
        return new KnowledgeBaseProblem(file, line, Type.FORMAT, message, "", "");
    }

    /** The file with {@code /} separators, {@code knowledge-base} for the folder itself. */
    public String path() {
        return file == null ? "knowledge-base" : file.toString().replace('\\', '/');
    }

    /** {@code guides/passport/fr.md:12}, or the path alone for a problem of the whole file. */
    public String where() {
        return line > 0 ? path() + ":" + line : path();
    }

    /** {@code guides/passport/fr.md:12: unknown field "titel"}. */
    @Override
    public String toString() {
        return where() + ": " + message;
    }
}
