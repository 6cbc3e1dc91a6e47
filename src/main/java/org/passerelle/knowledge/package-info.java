/**
 * The knowledge base: guides, their steps and training phrases, topics, life events, read from {@code knowledge-base/}
 * and kept current ({@link org.passerelle.knowledge.KnowledgeService}); features that follow it are told when it
 * changes. It knows nothing of the engines and screens that use it.
 */
@NullMarked
package org.passerelle.knowledge;

import org.jspecify.annotations.NullMarked;
