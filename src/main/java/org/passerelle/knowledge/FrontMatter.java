package org.passerelle.knowledge;

import java.util.Map;

/**
 * A file's front matter, read strictly ({@link KnowledgeBaseFiles#strictFrontMatter}): its fields and the index of
 * its closing {@code ---} line. A file of its own, not a record nested in {@link KnowledgeBaseFiles}: the grammar
 * in {@code knowledge.internal} builds it, and the face calls that grammar, so a type nested in the face would make
 * the two need each other.
 *
 * @param fields      the fields by name, in the order the file writes them
 * @param closingLine the 0-based index of the closing {@code ---} line
 */
public record FrontMatter(Map<String, Field> fields, int closingLine) {

    /** A front-matter value of a guide, life-event or referral file, and its 1-based line. */
    public record Field(String value, int line) {
    }
}
