package org.passerelle.search;

import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.Language;

/**
 * What {@link GuideIndexer} built, for {@link SearchIndex} to search: a file of its own so that the one that builds
 * and the one that searches each know it, not each other.
 *
 * @param directory    the guides' documents
 * @param vocabularies per language, the words of the guides, the editors' and the training phrases'
 * @param bodies       per guide id, the text snippets are cut from, per language: kept in memory (a few KB a
 *                     guide) because decompressing stored fields was a fifth of the time of a search
 */
record BuiltIndex(KnowledgeBase knowledgeBase, ByteBuffersDirectory directory, Autocomplete autocomplete,
        Map<Language, Vocabulary> vocabularies, Map<String, Map<Language, String>> bodies) {
}
