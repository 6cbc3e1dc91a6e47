/**
 * Open guide pages: every published guide at a stable public address per language ({@code /guides/{id}},
 * {@code /fr/guides/{id}}), rendered on the server as plain HTML that reads without JavaScript and prints, with
 * schema.org {@code HowTo} JSON-LD, and a sitemap of them ({@code /sitemap.xml}). It reads the knowledge base in force
 * ({@link org.passerelle.knowledge.KnowledgeService}) and the messages, and nothing else; no feature depends on it.
 */
@NullMarked
package org.passerelle.publication;

import org.jspecify.annotations.NullMarked;
