package org.passerelle.knowledge;

/** Published when a new knowledge-base snapshot replaces the current one (reload, import, publish). */
public record KnowledgeBaseChanged(KnowledgeBase knowledgeBase) {
}
