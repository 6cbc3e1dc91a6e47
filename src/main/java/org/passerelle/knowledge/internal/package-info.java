/**
 * Reading the knowledge base's files: the parsers of a guide's and a life event's files and the reader that checks what
 * spans files. Hidden: other features go through {@link org.passerelle.knowledge.KnowledgeService}.
 */
@NullMarked
package org.passerelle.knowledge.internal;

import org.jspecify.annotations.NullMarked;
